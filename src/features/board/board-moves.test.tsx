import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, delay, http } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const column = (name: string) => screen.getByRole('region', { name })

async function openMenuOf(appName: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions for ${appName}` }))
  return screen.findByRole('menu', { name: `Actions for ${appName}` })
}

it('moves a card at once from its menu, and puts it back with the API message when refused', async () => {
  mockApi.server.use(
    http.patch('https://api.heroku.com/pipeline-couplings/:id', async () => {
      await delay(100)
      return HttpResponse.json(
        { id: 'forbidden', message: 'This pipeline is locked while <b>billing</b> is audited.' },
        { status: 403 },
      )
    }),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const menu = await openMenuOf('billing-api-eu')
  await userEvent.click(within(menu).getByRole('menuitem', { name: 'Move to Staging' }))

  expect(within(column('Staging')).getByRole('article', { name: 'billing-api-eu' })).toBeVisible()
  // What failed, then the API's words, as text: markup in a message is shown, never interpreted.
  expect(
    await screen.findByText(
      "Couldn't move billing-api-eu to Staging: This pipeline is locked while <b>billing</b> is audited.",
    ),
  ).toBeInTheDocument()
  expect(
    await within(column('Production')).findByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  expect(within(column('Staging')).queryByRole('article', { name: 'billing-api-eu' })).toBeNull()
})

it('offers the stages an app can move to, and none to a review app', async () => {
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const menu = await openMenuOf('billing-api-staging')
  // "Open app" comes with the app's record, which may still be on its way.
  await waitFor(() =>
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Move to Development',
      'Move to Production',
      'Open app',
      'Open in Heroku Dashboard',
      'Roll back…',
      'Remove from pipeline…',
    ]),
  )
  await userEvent.keyboard('{Escape}')

  const reviewMenu = await openMenuOf('billing-api-pr-142')
  expect(within(reviewMenu).getByText('Review apps stay in Review')).toBeInTheDocument()
  expect(within(reviewMenu).queryByRole('menuitem', { name: /^Move to/ })).toBeNull()
  // A review app is deleted, app and all, rather than taken out of the pipeline.
  expect(within(reviewMenu).getByRole('menuitem', { name: 'Delete review app…' })).toBeVisible()
  expect(within(reviewMenu).queryByRole('menuitem', { name: /Remove from pipeline/ })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Move billing-api-pr-142' })).toBeNull()
  expect(screen.getByRole('button', { name: 'Move billing-api-staging' })).toBeInTheDocument()
})

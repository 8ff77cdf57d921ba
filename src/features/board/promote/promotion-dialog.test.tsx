import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { appIdOf, pipelineIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const promoteUrl = (app: string) =>
  `/pipelines/${pipelineIdOf('billing-api')}?promote=${appIdOf(app)}`

it('opens from the address with the next stage ticked, and keeps the API refusal in the dialog', async () => {
  mockApi.server.use(
    http.post('https://api.heroku.com/pipeline-promotions', () =>
      HttpResponse.json(
        { id: 'conflict', message: 'A promotion to billing-api is already in progress.' },
        { status: 409 },
      ),
    ),
  )
  renderApp(promoteUrl('billing-api-staging'))
  const dialog = await screen.findByRole('dialog', { name: 'Promote billing-api-staging' })
  expect(within(dialog).getByRole('checkbox', { name: 'billing-api' })).toBeChecked()
  expect(within(dialog).getByRole('checkbox', { name: 'billing-api-eu' })).toBeChecked()
  expect(await within(dialog).findByText(/^v23$/)).toBeInTheDocument()

  await userEvent.click(within(dialog).getByRole('button', { name: 'Promote to 2 apps' }))
  const alert = await within(dialog).findByRole('alert')
  expect(alert).toHaveTextContent('The promotion from billing-api-staging did not start')
  expect(alert).toHaveTextContent('A promotion to billing-api is already in progress.')
  expect(alert).toHaveTextContent('Error ID: conflict')
  // Still choosing: nothing was started, and the user can try again.
  expect(within(dialog).getByRole('button', { name: 'Promote to 2 apps' })).toBeEnabled()
})

it('says so when the app named in the address is not in the pipeline', async () => {
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}?promote=${appIdOf('storefront-prod')}`)
  const dialog = await screen.findByRole('dialog', { name: 'Nothing to promote' })
  expect(dialog).toHaveTextContent('That app is not in this pipeline any more.')
})

it('opens from a card at once, then puts itself in the address, where Back closes it', async () => {
  const { router } = renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const card = await screen.findByRole('article', { name: 'billing-api-staging' })
  await userEvent.click(within(card).getByRole('button', { name: 'Promote…' }))

  expect(await screen.findByRole('dialog', { name: 'Promote billing-api-staging' })).toBeVisible()
  await waitFor(() =>
    expect(router.state.location.search).toBe(`?promote=${appIdOf('billing-api-staging')}`),
  )
  await act(() => router.navigate(-1))
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
})

it('keeps Promote… unavailable, with the reason, for an app whose release has no build', async () => {
  const staging = appIdOf('billing-api-staging')
  const newest = mockApi.backend.platform.state.releases[staging]?.at(-1)
  if (!newest) throw new Error('billing-api-staging has releases in the demo')
  newest.slugId = null
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const card = await screen.findByRole('article', { name: 'billing-api-staging' })
  const promote = within(card).getByRole('button', { name: 'Promote…' })
  await waitFor(() => expect(promote).toHaveAttribute('aria-disabled', 'true'))
  expect(promote).toHaveAccessibleDescription(
    `billing-api-staging runs v${newest.version}, which has no build to promote. Deploy code to it first.`,
  )
})

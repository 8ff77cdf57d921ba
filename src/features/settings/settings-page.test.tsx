import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

it("keeps each refused change in its own section, in Heroku's words", async () => {
  mockApi.server.use(
    http.patch('https://kolkrabbi.heroku.com/pipelines/:id/repository', () =>
      HttpResponse.json(
        { id: 'forbidden', message: 'Heroku CI needs a verified account.' },
        { status: 403 },
      ),
    ),
    http.post('https://api.heroku.com/pipeline-transfers', () =>
      HttpResponse.json(
        { id: 'invalid_params', message: 'marcus@northwind.dev must accept the transfer.' },
        { status: 422 },
      ),
    ),
  )
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}/settings`)

  const ci = await screen.findByRole('region', { name: 'Heroku CI' })
  await user.click(await within(ci).findByRole('button', { name: 'Turn off Heroku CI' }))
  expect(await within(ci).findByText('Heroku CI was not changed')).toBeVisible()
  expect(within(ci).getByText('Heroku CI needs a verified account.')).toBeVisible()
  // Still on: the page shows what Heroku holds.
  expect(within(ci).getByRole('button', { name: 'Turn off Heroku CI' })).toBeVisible()

  const owner = screen.getByRole('region', { name: 'Owner' })
  await user.selectOptions(
    await within(owner).findByRole('combobox', { name: 'Transfer to' }),
    await within(owner).findByRole('option', { name: 'marcus@northwind.dev' }),
  )
  await user.click(within(owner).getByRole('button', { name: 'Transfer…' }))
  await user.click(within(owner).getByRole('button', { name: 'Transfer to marcus@northwind.dev' }))
  expect(await within(owner).findByText('The pipeline was not transferred')).toBeVisible()
  expect(within(owner).getByText('marcus@northwind.dev must accept the transfer.')).toBeVisible()
  expect(within(ci).queryByText('marcus@northwind.dev must accept the transfer.')).toBeNull()
})

it('offers to enable review apps on a connected pipeline without them', async () => {
  renderApp(`/pipelines/${pipelineIdOf('storefront')}/settings`)
  const reviewApps = await screen.findByRole('region', { name: 'Review apps' })
  expect(
    await within(reviewApps).findByRole('button', { name: 'Enable review apps' }),
  ).toBeVisible()
})

it("changes how a staging app deploys from GitHub, refusing a branch the repository lacks before any request, and shows Kolkrabbi's refusal in place", async () => {
  const sent: unknown[] = []
  mockApi.server.events.on('request:start', ({ request }) => {
    if (request.method === 'PATCH' && request.url.endsWith('/github')) sent.push(request.url)
  })
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}/settings`)

  const deploys = await screen.findByRole('region', { name: 'Automatic deploys' })
  await within(deploys).findByRole('form', { name: 'billing-api-staging' })
  // The form starts again from what Kolkrabbi holds after each save: found afresh each time.
  const staging = () => within(deploys).getByRole('form', { name: 'billing-api-staging' })
  const branch = () =>
    within(staging()).getByRole('combobox', { name: 'Branch billing-api-staging follows' })
  const deploysEachPush = () =>
    within(staging()).getByRole('checkbox', { name: 'Deploy every push to this branch' })
  const waitsForCi = () =>
    within(staging()).getByRole('checkbox', { name: 'Wait for Heroku CI to pass before deploying' })
  expect(branch()).toHaveValue('main')
  expect(deploysEachPush()).toBeChecked()
  expect(waitsForCi()).toBeChecked()

  await user.clear(branch())
  await user.type(branch(), 'no-such-branch')
  await user.click(within(staging()).getByRole('button', { name: 'Save' }))
  expect(
    await within(staging()).findByText(
      'There is no branch no-such-branch in northwind/billing-api.',
    ),
  ).toBeVisible()
  expect(sent).toEqual([])

  await user.clear(branch())
  await user.type(branch(), 'main')
  await user.click(waitsForCi())
  await user.click(within(staging()).getByRole('button', { name: 'Save' }))
  expect(await screen.findByText('Automatic deploys of billing-api-staging saved')).toBeVisible()
  expect(sent).toHaveLength(1)
  await waitFor(() => expect(waitsForCi()).not.toBeChecked())

  mockApi.server.use(
    http.patch('https://kolkrabbi.heroku.com/apps/:app/github', () =>
      HttpResponse.json(
        {
          id: 'forbidden',
          message: 'You need the deploy permission on billing-api-staging to do that.',
        },
        { status: 403 },
      ),
    ),
  )
  await user.click(deploysEachPush())
  await user.click(within(staging()).getByRole('button', { name: 'Save' }))
  expect(
    await within(staging()).findByText('Automatic deploys of billing-api-staging were not saved'),
  ).toBeVisible()
  expect(
    within(staging()).getByText(
      'You need the deploy permission on billing-api-staging to do that.',
    ),
  ).toBeVisible()
  // The choice stays in the form, to be saved again once allowed.
  expect(deploysEachPush()).not.toBeChecked()
})

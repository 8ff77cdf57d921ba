import { screen, within } from '@testing-library/react'
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

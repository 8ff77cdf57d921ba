import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()

it('says an earlier addition is still waiting instead of ignoring a second one', async () => {
  const user = userEvent.setup()
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  mockApi.server.use(
    http.post('https://api.heroku.com/pipeline-couplings', async () => {
      await answered
      await delay(0)
    }),
  )
  renderApp(`/pipelines/${pipelineIdOf('mobile-gateway')}`)

  await user.click(await screen.findByRole('button', { name: 'Add app to Staging' }))
  const staging = await screen.findByRole('dialog', { name: 'Add an app to Staging' })
  await user.click(await within(staging).findByRole('radio', { name: /mobile-gateway-staging/ }))
  await user.click(within(staging).getByRole('button', { name: 'Add to Staging' }))
  // Closed while Heroku thinks: the request goes on.
  await user.click(within(staging).getByRole('button', { name: 'Close' }))

  await user.click(screen.getByRole('button', { name: 'Add app to Development' }))
  const development = await screen.findByRole('dialog', { name: 'Add an app to Development' })
  await user.click(await within(development).findByRole('radio', { name: /search-indexer/ }))
  expect(within(development).getByRole('button', { name: 'Add to Development' })).toBeDisabled()
  expect(within(development).getByRole('status')).toHaveTextContent(
    'An earlier request of this kind is still waiting for Heroku: this one can be sent once it has answered.',
  )

  answer()
  // Once it has answered, this one can go.
  const add = within(development).getByRole('button', { name: 'Add to Development' })
  await waitFor(() => expect(add).toBeEnabled())
  await user.click(add)
  expect(
    await screen.findByText('Added search-indexer to mobile-gateway as development'),
  ).toBeInTheDocument()
  const additions = requests.filter(
    (request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/pipeline-couplings',
  )
  expect(additions).toHaveLength(2)
})

import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests: string[] = []
const record = ({ request }: { request: Request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`)
}
afterEach(() => {
  mockApi.server.events.removeListener('request:start', record)
  requests.length = 0
})

it('opens a board with one request for each of its lists', async () => {
  const id = pipelineIdOf('billing-api')
  mockApi.server.events.on('request:start', record)
  const { queryClient } = renderApp(`/pipelines/${id}`)

  // The apps' names come from the apps request, which needs the couplings' ids first.
  const staging = await screen.findByRole('article', { name: 'billing-api-staging' })
  expect(await within(staging).findByText(/^v\d+$/)).toBeInTheDocument()
  expect(await screen.findByRole('article', { name: 'billing-api-pr-142' })).toBeInTheDocument()
  // Counted once the board has asked for everything it will ask for.
  await waitFor(() => expect(queryClient.isFetching()).toBe(0))

  const count = (request: string) => requests.filter((seen) => seen === request).length
  expect(count(`GET /pipelines/${id}`)).toBe(1)
  expect(count(`GET /pipelines/${id}/pipeline-couplings`)).toBe(1)
  expect(count('POST /filters/apps')).toBe(1)
  expect(count(`GET /pipelines/${id}/latest-releases`)).toBe(1)
  expect(count(`GET /pipelines/${id}/review-apps`)).toBe(1)
})

import { screen, waitFor, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()

it('opens a board with one request for each of its lists', async () => {
  const id = pipelineIdOf('billing-api')
  const { queryClient } = renderApp(`/pipelines/${id}`)

  // The apps' names come from the apps request, which needs the couplings' ids first.
  const staging = await screen.findByRole('article', { name: 'billing-api-staging' })
  expect(await within(staging).findByText(/^v\d+$/)).toBeInTheDocument()
  expect(await screen.findByRole('article', { name: 'billing-api-pr-142' })).toBeInTheDocument()
  // Counted once the board has asked for everything it will ask for.
  await waitFor(() => expect(queryClient.isFetching()).toBe(0))

  const count = (asked: string) =>
    requests.filter((seen) => `${seen.method} ${new URL(seen.url).pathname}` === asked).length
  expect(count(`GET /pipelines/${id}`)).toBe(1)
  expect(count(`GET /pipelines/${id}/pipeline-couplings`)).toBe(1)
  expect(count('POST /filters/apps')).toBe(1)
  expect(count(`GET /pipelines/${id}/latest-releases`)).toBe(1)
  expect(count(`GET /pipelines/${id}/review-apps`)).toBe(1)
})

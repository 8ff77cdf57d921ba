import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { couplingQueries } from '@/api/couplings'
import { appIdOf, pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()
const count = (asked: string) =>
  requests.filter((seen) => `${seen.method} ${new URL(seen.url).pathname}` === asked).length

it('opens a board with one request for each of its lists', async () => {
  const id = pipelineIdOf('billing-api')
  const { queryClient } = renderApp(`/pipelines/${id}`)

  // The apps' names come from the apps request, which needs the couplings' ids first.
  const staging = await screen.findByRole('article', { name: 'billing-api-staging' })
  expect(await within(staging).findByText(/^v\d+$/)).toBeInTheDocument()
  expect(await screen.findByRole('article', { name: 'billing-api-pr-142' })).toBeInTheDocument()
  // Counted once the board has asked for everything it will ask for.
  await waitFor(() => expect(queryClient.isFetching()).toBe(0))

  expect(count(`GET /pipelines/${id}`)).toBe(1)
  expect(count(`GET /pipelines/${id}/pipeline-couplings`)).toBe(1)
  expect(count('POST /filters/apps')).toBe(1)
  expect(count(`GET /pipelines/${id}/latest-releases`)).toBe(1)
  expect(count(`GET /pipelines/${id}/review-apps`)).toBe(1)
})

it('lays its columns out once every card can show its release, and asks for the rest after', async () => {
  const id = pipelineIdOf('billing-api')
  // The newest releases, answered (by the mock, as usual) only when the test says so.
  let release = () => {}
  const answered = new Promise<void>((resolve) => (release = resolve))
  mockApi.server.use(
    http.get('https://api.heroku.com/pipelines/:id/latest-releases', async () => {
      await answered
    }),
  )
  const { queryClient } = renderApp(`/pipelines/${id}`)

  // The pipeline and its couplings are in; the releases are not: no card yet, nothing else asked.
  await waitFor(() =>
    expect(queryClient.getQueryData(couplingQueries.byPipeline(id).queryKey)).toBeDefined(),
  )
  expect(await screen.findByRole('heading', { name: 'Loading pipeline…' })).toBeInTheDocument()
  expect(screen.queryAllByRole('article')).toEqual([])
  expect(count('POST /filters/apps')).toBe(0)
  expect(count(`GET /pipelines/${id}/review-apps`)).toBe(0)

  release()
  // Each card comes with its release, in the same render.
  const staging = await screen.findByRole('article', { name: 'billing-api-staging' })
  expect(within(staging).getByText(/^v\d+$/)).toBeInTheDocument()
  for (const card of screen.getAllByRole('article')) {
    expect(within(card).getByText(/^v\d+$|^No release yet$/)).toBeInTheDocument()
  }
  // The apps' settings and the review apps follow, once the cards are shown.
  await waitFor(() => expect(count('POST /filters/apps')).toBe(1))
  await waitFor(() => expect(count(`GET /pipelines/${id}/review-apps`)).toBe(1))
})

it('names a board that could not be read in its heading, with the API’s words', async () => {
  const id = pipelineIdOf('billing-api')
  mockApi.server.use(
    http.get('https://api.heroku.com/pipelines/:id/pipeline-couplings', () =>
      HttpResponse.json(
        { id: 'service_unavailable', message: 'The API is resting.' },
        { status: 503 },
      ),
    ),
  )
  renderApp(`/pipelines/${id}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: "Couldn't load this pipeline" }),
  ).toBeInTheDocument()
  expect(screen.getByRole('alert')).toHaveTextContent('The API is resting.')
  await waitFor(() => expect(document.title).toBe('Pipeline · Stageboard'))
})

it('fails only the card whose record Heroku sent in a shape it cannot read', async () => {
  const { state } = mockApi.backend.platform
  // One app's settings and another app's newest release, each with a field of the wrong type.
  const eu = state.apps[appIdOf('billing-api-eu')]
  if (eu) (eu as unknown as { maintenance: unknown }).maintenance = 'yes'
  const stagingReleases = state.releases[appIdOf('billing-api-staging')] ?? []
  const newest = stagingReleases.at(-1)
  if (newest) (newest as unknown as { version: unknown }).version = 'twenty-three'
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)

  const euCard = await screen.findByRole('article', { name: 'billing-api-eu' })
  expect(await within(euCard).findByRole('alert')).toHaveTextContent(
    /Heroku sent this app's record in a shape Stageboard cannot read \(maintenance: .+\)/,
  )
  // Its release was read: only its settings are missing.
  expect(within(euCard).getByText(/^v\d+$/)).toBeInTheDocument()

  // Its newest release could not be read: the card is named by its app, and says why.
  const stagingCard = await screen.findByRole('article', { name: 'billing-api-staging' })
  expect(within(stagingCard).getByRole('alert')).toHaveTextContent(/\(version: .+\)/)
  // Every other card is whole.
  const production = screen.getByRole('article', { name: 'billing-api' })
  expect(within(production).getByText(/^v\d+$/)).toBeInTheDocument()
  expect(within(production).queryByRole('alert')).not.toBeInTheDocument()
})

import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()
const compares = () =>
  requests.map((seen) => new URL(seen.url)).filter((url) => url.pathname.includes('/compare/'))

const shownCards = () =>
  screen
    .getAllByRole('article')
    .map((card) => card.getAttribute('aria-labelledby'))
    .map((id) => (id ? document.getElementById(id)?.textContent : null))

it('shows only the apps behind a neighbour, from a link, asking GitHub once per pair of commits', async () => {
  const { queryClient } = renderApp(`/pipelines/${pipelineIdOf('billing-api')}?drift=behind`)

  // Both production apps run code older than staging's; nothing else is behind anything.
  const status = await screen.findByText(/^Showing 2 of \d+ apps$/)
  expect(status).toHaveAttribute('role', 'status')
  expect(shownCards().sort()).toEqual(['billing-api', 'billing-api-eu'])
  expect(screen.getByRole('combobox', { name: 'Drift' })).toHaveValue('behind')
  expect(
    within(screen.getByRole('article', { name: 'billing-api-eu' })).getByText(
      '6 commits behind billing-api-staging',
    ),
  ).toBeInTheDocument()

  await waitFor(() => expect(queryClient.isFetching()).toBe(0))
  const asked = compares().map((url) => url.pathname)
  expect(asked.length).toBeGreaterThan(0)
  expect(new Set(asked).size).toBe(asked.length)
})

it('narrows by each kind of drift, and shows everything again on Any', async () => {
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  // Review apps join the board once its cards are painted.
  await screen.findByRole('article', { name: 'billing-api-pr-142' })
  await screen.findByText(/PR #147/)
  const total = screen.getAllByRole('article').length
  const drift = screen.getByRole('combobox', { name: 'Drift' })

  await user.selectOptions(drift, 'Diverged')
  // Staging and development each hold commits the other lacks.
  await waitFor(() =>
    expect(shownCards().sort()).toEqual(['billing-api-dev', 'billing-api-staging']),
  )
  await user.selectOptions(drift, 'Ahead of a neighbour')
  await waitFor(() => expect(shownCards()).toEqual(['billing-api-staging']))

  // Review apps promote nowhere: they have nothing to be up to date with.
  await user.selectOptions(drift, 'Up to date')
  expect(await screen.findByText('No app in Review matches the filter.')).toBeInTheDocument()

  await user.selectOptions(drift, 'Any')
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(total))
  expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument()
})

it('says how many apps are still being compared, and places them once GitHub answers', async () => {
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  mockApi.server.use(
    http.get('https://api.github.com/repos/:owner/:repo/compare/:basehead', async () => {
      await answered
    }),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}?drift=behind`)

  expect(
    await screen.findByText(/^Showing 0 of \d+ apps · \d+ still being compared$/),
  ).toBeInTheDocument()
  answer()
  expect(await screen.findByText(/^Showing 2 of \d+ apps$/)).toBeInTheDocument()
})

it('counts an app whose comparison GitHub refused as not compared, in GitHub’s words on its card', async () => {
  mockApi.server.use(
    http.get('https://api.github.com/repos/:owner/:repo/compare/:basehead', () =>
      Response.json({ message: 'No common ancestor between these commits.' }, { status: 404 }),
    ),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}?drift=not-compared`)

  const production = await screen.findByRole('article', { name: 'billing-api' })
  expect(
    await within(production).findByText(/No common ancestor between these commits/),
  ).toBeInTheDocument()
  expect(screen.queryByRole('article', { name: /^PR #/ })).not.toBeInTheDocument()
})

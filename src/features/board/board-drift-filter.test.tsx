import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { expect, it } from 'vitest'
import { appIdOf, pipelineIdOf } from '@/test/demo-ids'
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

  // Every app is behind, ahead of or diverged from a neighbour, and review apps promote nowhere:
  // none is up to date with anything.
  await user.selectOptions(drift, 'Up to date')
  await waitFor(() => expect(screen.queryAllByRole('article')).toHaveLength(0))
  expect(screen.getByText(/^Showing 0 of \d+ apps$/)).toBeInTheDocument()
  expect(screen.getByText('No app in Review matches the filter.')).toBeInTheDocument()

  await user.selectOptions(drift, 'Any')
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(total))
  expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument()
})

it('says how many apps it cannot place while GitHub compares, and places them once it answers', async () => {
  let asked = () => {}
  const askedOnce = new Promise<void>((resolve) => (asked = resolve))
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  mockApi.server.use(
    http.get('https://api.github.com/repos/:owner/:repo/compare/:basehead', async () => {
      asked()
      await answered
    }),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}?drift=behind`)

  await askedOnce
  // Development, staging and both production apps wait for GitHub; review apps have no
  // neighbouring stage, so nothing to wait for.
  expect(await screen.findByText(/^Showing 0 of \d+ apps · 4 not placed yet$/)).toBeInTheDocument()
  answer()
  expect(await screen.findByText(/^Showing 2 of \d+ apps$/)).toBeInTheDocument()
})

it('counts apps GitHub would not compare as not compared, in its words, and does not ask again for ever', async () => {
  mockApi.server.use(
    http.get('https://api.github.com/repos/:owner/:repo/compare/:basehead', () =>
      Response.json({ message: 'No common ancestor between these commits.' }, { status: 404 }),
    ),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}?drift=not-compared`)

  // Every app with a neighbour, none of the review apps.
  expect(await screen.findByText(/^Showing 4 of \d+ apps$/)).toBeInTheDocument()
  const production = screen.getByRole('article', { name: 'billing-api' })
  expect(
    await within(production).findByText(/No common ancestor between these commits/),
  ).toBeInTheDocument()
  expect(screen.queryByRole('article', { name: /-pr-/ })).not.toBeInTheDocument()

  // The cards that show the refusal ask again once as they mount, and that is all.
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(4))
  const asked = compares().length
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(compares().length).toBe(asked)
  expect(screen.getAllByRole('article')).toHaveLength(4)
})

it('keeps a card it shows in view while it is moved, until its new stage is compared', async () => {
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}?drift=behind`)
  expect(await screen.findByText(/^Showing 2 of \d+ apps$/)).toBeInTheDocument()

  // Once in Staging, billing-api-eu is compared with development and production anew: those
  // compares (each naming its commit) are held.
  const { state } = mockApi.backend.platform
  const euRelease = state.releases[appIdOf('billing-api-eu')]?.at(-1)
  const euCommit = state.slugs[euRelease?.slugId ?? '']?.commit ?? ''
  expect(euCommit).not.toBe('')
  mockApi.server.use(
    http.get('https://api.github.com/repos/:owner/:repo/compare/:basehead', ({ params }) =>
      String(params.basehead).includes(euCommit) ? new Promise<never>(() => {}) : undefined,
    ),
  )
  await user.click(screen.getByRole('button', { name: 'Actions for billing-api-eu' }))
  const menu = await screen.findByRole('menu', { name: 'Actions for billing-api-eu' })
  await user.click(within(menu).getByRole('menuitem', { name: 'Move to Staging' }))

  const staging = screen.getByRole('region', { name: 'Staging' })
  expect(await within(staging).findByText('Comparing with billing-api-dev…')).toBeInTheDocument()
  expect(within(staging).getByRole('article', { name: 'billing-api-eu' })).toBeVisible()
})

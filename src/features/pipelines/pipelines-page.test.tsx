import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { DEMO_KEYS } from '../../../mocks/scenarios/demo'
import { setHerokuToken } from '@/api/client'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()

it('lists each pipeline with its owner and the apps in each stage', async () => {
  renderApp('/')
  const list = await screen.findByRole('list', { name: 'Pipelines' })
  expect(within(list).getAllByRole('listitem')).toHaveLength(5)

  const storefront = screen.getByRole('article', { name: 'storefront' })
  expect(await within(storefront).findByText('northwind (team)')).toBeInTheDocument()
  const counts = within(storefront)
    .getAllByRole('definition')
    .map((cell) => cell.textContent)
  expect(counts).toEqual(['1', '0', '1', '1'])
  expect(await within(storefront).findByText(/3 apps/)).toBeInTheDocument()
  expect(
    within(screen.getByRole('article', { name: 'legacy-reports' })).getByText(
      'No owner (legacy pipeline)',
    ),
  ).toBeInTheDocument()
})

it('shows the API message when pipelines fail to load, and recovers on retry', async () => {
  let refusing = true
  mockApi.server.use(
    http.get('https://api.heroku.com/pipelines', () =>
      refusing
        ? HttpResponse.json(
            { id: 'forbidden', message: 'You do not have access to these pipelines.' },
            { status: 403 },
          )
        : undefined,
    ),
  )
  renderApp('/')
  // The panel's own code comes with the first error: the words are there before it, and after.
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You do not have access to these pipelines.',
    ),
  )
  expect(screen.getByRole('alert')).toHaveTextContent('Error ID: forbidden')
  // Then the whole panel, its request id one press from the clipboard.
  expect(await screen.findByRole('button', { name: 'Copy the request ID' })).toBeVisible()

  refusing = false
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('list', { name: 'Pipelines' })).toBeInTheDocument()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

it('renders text from the API as text, never as markup', async () => {
  const hostile = '<img src=x onerror="alert(1)">billing'
  mockApi.server.use(
    http.get('https://api.heroku.com/pipelines', () =>
      HttpResponse.json([
        {
          id: '5f1c2a7e-0d0e-4d4b-9a55-3a0f9a8b7c61',
          name: hostile,
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
          owner: null,
        },
      ]),
    ),
  )
  const { container } = renderApp('/')
  expect(await screen.findByRole('link', { name: hostile })).toBeInTheDocument()
  expect(container.querySelector('img')).toBeNull()
})

it('names a pipeline a failed creation left behind, and the next try fills it instead of making another', async () => {
  const user = userEvent.setup()
  mockApi.server.use(
    http.post(
      'https://api.heroku.com/pipeline-couplings',
      () =>
        HttpResponse.json(
          { id: 'invalid_params', message: 'Stage is locked for this app.' },
          { status: 422 },
        ),
      { once: true },
    ),
    http.delete(
      'https://api.heroku.com/pipelines/:id',
      () => HttpResponse.json({ id: 'unavailable', message: 'Try later.' }, { status: 503 }),
      { once: true },
    ),
  )
  renderApp('/')
  const create = async () => {
    await user.click(await screen.findByRole('button', { name: 'New pipeline' }))
    const dialog = await screen.findByRole('dialog', { name: 'New pipeline' })
    await user.click(await within(dialog).findByRole('radio', { name: /search-indexer/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Create pipeline' }))
    return dialog
  }

  const dialog = await create()
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(
    'Stage is locked for this app. The pipeline search-indexer was made, empty, and deleting it again failed (Try later): trying again adds the app to it.',
  )
  // Closed and opened again: the next try still knows the pipeline that was left.
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  await create()
  expect(
    await screen.findByRole('heading', { level: 1, name: 'search-indexer' }),
  ).toBeInTheDocument()
  const posts = requests
    .filter((request) => request.method === 'POST')
    .map((request) => new URL(request.url).pathname)
  expect(posts.filter((path) => path === '/pipelines')).toHaveLength(1)
  expect(posts.filter((path) => path === '/pipeline-couplings')).toHaveLength(2)
})

it("tells a team's viewer, before any request, that they cannot start a pipeline with its app", async () => {
  setHerokuToken(DEMO_KEYS.priya)
  try {
    const user = userEvent.setup()
    renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'New pipeline' }))
    const dialog = await screen.findByRole('dialog', { name: 'New pipeline' })
    await user.click(await within(dialog).findByRole('radio', { name: /search-indexer/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Create pipeline' }))
    expect(
      await within(dialog).findByText(
        "A pipeline starting with search-indexer would be northwind's: viewers of northwind cannot change its pipelines.",
      ),
    ).toBeVisible()
    expect(requests.filter((request) => request.method === 'POST')).toEqual([])
  } finally {
    setHerokuToken(null)
  }
})

it('narrows the list by name or owner and sorts it, both kept in the address', async () => {
  const user = userEvent.setup()
  const { router } = renderApp('/')
  const list = await screen.findByRole('list', { name: 'Pipelines' })
  const names = () =>
    within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
  expect(names()).toEqual([
    'billing-api',
    'legacy-reports',
    'marketing-site',
    'mobile-gateway',
    'storefront',
  ])

  // By owner: the person's own pipeline is named by their email.
  await user.type(screen.getByRole('searchbox', { name: 'Filter pipelines' }), 'ada@')
  expect(names()).toEqual(['marketing-site'])
  expect(screen.getByText('Showing 1 of 5')).toHaveAttribute('role', 'status')
  // The address follows a moment later.
  await waitFor(() => expect(router.state.location.search).toBe('?q=ada%40'))

  await user.clear(screen.getByRole('searchbox', { name: 'Filter pipelines' }))
  await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Most apps')
  await waitFor(() => expect(router.state.location.search).toBe('?sort=apps'))
  expect(names()[0]).toBe('billing-api')
  expect(names().at(-1)).toBe('mobile-gateway')
})

it('opens on the view a shared link names', async () => {
  renderApp('/?q=team&sort=newest')
  const list = await screen.findByRole('list', { name: 'Pipelines' })
  expect(screen.getByRole('searchbox', { name: 'Filter pipelines' })).toHaveValue('team')
  expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('Newest')
  expect(
    await within(list)
      .findAllByRole('heading', { level: 2 })
      .then((all) => all.length),
  ).toBe(3)
})

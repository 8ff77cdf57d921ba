import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

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
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('You do not have access to these pipelines.')
  expect(alert).toHaveTextContent('Error ID: forbidden')

  refusing = false
  await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
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

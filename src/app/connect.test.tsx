import userEvent from '@testing-library/user-event'
import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { setHerokuToken } from '@/api/client'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/query-client'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { createSession } from '@/features/connect/session'

const KEY = '01234567-89ab-cdef-0123-456789abcdef'
const OTHER_KEY = 'HRKU-revoked-0123456789abcdef'

const requests = recordRequests()

beforeEach(() => {
  // Heroku's way: no request without a key it knows.
  mockApi.backend.apiKeys = new Set([KEY])
  forgotten = 0
  window.sessionStorage.clear()
  window.localStorage.clear()
  window.history.replaceState(null, '', '/')
})
afterEach(() => {
  setHerokuToken(null)
})

let forgotten = 0

function renderOnHeroku() {
  const session = createSession({ device: window.localStorage, tab: window.sessionStorage })
  const key = session.key()
  setHerokuToken(key?.token ?? null)
  const queryClient = createQueryClient()
  render(
    <App
      demo={null}
      queryClient={queryClient}
      heroku={{ session, forgetKeptAnswers: () => void (forgotten += 1) }}
      switchTo={() => {}}
    />,
  )
  return { session, queryClient }
}

it('asks for a key, refuses a malformed one before any request, and says what Heroku answered to a wrong one', async () => {
  const user = userEvent.setup()
  const { session } = renderOnHeroku()
  expect(await screen.findByRole('heading', { name: 'Connect to Heroku' })).toBeInTheDocument()
  const box = screen.getByLabelText('Heroku API key')
  expect(box).toHaveFocus()

  await user.type(box, 'hunter2')
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'This does not look like a Heroku API key',
  )
  expect(box).toHaveAttribute('aria-invalid', 'true')
  expect(requests).toHaveLength(0)

  await user.clear(box)
  await user.type(box, '99999999-89ab-cdef-0123-456789abcdef')
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  const refusal = await screen.findByText(/Heroku did not accept this key/)
  expect(refusal).toHaveTextContent('Heroku did not accept this key: Invalid credentials provided.')
  const alert = refusal.closest('[role="alert"]') as HTMLElement
  expect(alert).toHaveTextContent('Error ID: unauthorized')
  expect(alert).toHaveTextContent(`Request ID: ${requests[0]?.headers.get('Request-Id')}`)
  expect(requests).toHaveLength(1)
  expect(session.key()).toBeNull()
})

it('connects with a key Heroku accepts, for this tab only unless remembered, and shows who is signed in', async () => {
  const user = userEvent.setup()
  const { session } = renderOnHeroku()
  await user.type(await screen.findByLabelText('Heroku API key'), `  ${KEY} `)
  await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }))
  await user.click(screen.getByRole('button', { name: 'Connect' }))

  expect(await screen.findByRole('list', { name: 'Pipelines' })).toBeInTheDocument()
  expect(screen.getByTitle('Signed in as')).toHaveTextContent('ada@northwind.dev')
  expect(session.key()).toEqual({ token: KEY, remembered: true })
  expect(window.sessionStorage.length).toBe(0)
  expect(requests.every((r) => r.headers.get('Authorization') === `Bearer ${KEY}`)).toBe(true)
  // The key is never in an address.
  expect(requests.some((r) => r.url.includes(KEY))).toBe(false)
})

it('returns to Connect with the reason when Heroku stops accepting the key, and forgets it', async () => {
  const user = userEvent.setup()
  // A key remembered on this device, and revoked on Heroku since; a bookmarked board.
  window.localStorage.setItem('stageboard:heroku-token', OTHER_KEY)
  window.history.replaceState(null, '', `/pipelines/${pipelineIdOf('storefront')}`)
  const { session } = renderOnHeroku()
  expect(await screen.findByRole('heading', { name: 'Connect to Heroku' })).toBeInTheDocument()
  expect(screen.getByRole('status')).toHaveTextContent(
    'Heroku no longer accepts the API key: Invalid credentials provided.',
  )
  // Focus is on the key's box: the reason is read with it.
  expect(screen.getByLabelText('Heroku API key')).toHaveAccessibleDescription(
    expect.stringContaining('Heroku no longer accepts the API key'),
  )
  expect(session.key()).toBeNull()

  // Connecting again comes back to the page the person was on.
  await user.type(screen.getByLabelText('Heroku API key'), KEY)
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'storefront' })).toBeInTheDocument()
})

it('signs out: the key is forgotten and Connect says so', async () => {
  const user = userEvent.setup()
  window.localStorage.setItem('stageboard:heroku-token', KEY)
  const { session, queryClient } = renderOnHeroku()
  expect(await screen.findByRole('list', { name: 'Pipelines' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Sign out' }))
  expect(await screen.findByRole('heading', { name: 'Connect to Heroku' })).toBeInTheDocument()
  expect(screen.getByRole('status')).toHaveTextContent('You signed out.')
  expect(session.key()).toBeNull()
  expect(window.localStorage.getItem('stageboard:heroku-token')).toBeNull()
  // Nothing read with the key stays behind, in memory or kept across reloads.
  expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  expect(forgotten).toBe(1)
})

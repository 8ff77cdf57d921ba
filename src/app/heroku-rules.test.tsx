import userEvent from '@testing-library/user-event'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { rateBudget } from '@/api/rate-limit'
import { appIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const CODE = '246810'
const requests = recordRequests()
const changes = () => requests.filter((request) => request.method !== 'GET')

afterEach(() => {
  rateBudget.set({ remaining: null, waitUntil: null, reason: '' })
})

const releaseCount = (name: string) =>
  mockApi.backend.platform.state.releases[appIdOf(name)]?.length ?? 0

async function openRollback(user: ReturnType<typeof userEvent.setup>) {
  renderApp(`/apps/${appIdOf('billing-api')}`)
  const [rollback] = await screen.findAllByRole('button', { name: /^Roll back to v\d+$/ })
  await user.click(rollback!)
  const dialog = await screen.findByRole('dialog', { name: /^Roll back billing-api to v\d+\?$/ })
  await user.click(within(dialog).getByRole('button', { name: /^Roll back to v\d+$/ }))
  return dialog
}

it('asks for a two-factor code when Heroku wants one, checks it before sending, and sends the change again with it', async () => {
  mockApi.backend.twoFactor = { apps: new Set(['billing-api']), code: CODE }
  const before = releaseCount('billing-api')
  const user = userEvent.setup()
  await openRollback(user)

  const prompt = await screen.findByRole('dialog', { name: 'Two-factor code needed' })
  expect(prompt).toHaveAccessibleDescription(
    /Heroku says: A second authentication factor is required for this request\.$/,
  )
  const box = within(prompt).getByLabelText('Two-factor code')
  await waitFor(() => expect(box).toHaveFocus())

  await user.type(box, '12345')
  await user.click(within(prompt).getByRole('button', { name: 'Verify and continue' }))
  expect(within(prompt).getByRole('alert')).toHaveTextContent('An authenticator code has 6 digits.')
  expect(changes()).toHaveLength(1)

  // A wrong code: Heroku refuses it, and the question comes back with its words.
  await user.clear(box)
  await user.type(box, '111 111')
  await user.click(within(prompt).getByRole('button', { name: 'Verify and continue' }))
  await waitFor(() => expect(changes()).toHaveLength(2))
  expect(changes()[1]?.headers.get('Heroku-Two-Factor-Code')).toBe('111111')
  // Asked again, Heroku's words on the wrong code read out with the question.
  await waitFor(() =>
    expect(
      screen.getByRole('dialog', { name: 'Two-factor code needed' }),
    ).toHaveAccessibleDescription(
      /Heroku says: The two-factor code provided is invalid or has expired\.$/,
    ),
  )

  const again = screen.getByLabelText('Two-factor code')
  expect(again).toHaveValue('')
  await user.type(again, CODE)
  await user.click(screen.getByRole('button', { name: 'Verify and continue' }))
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: /Roll back/ })).not.toBeInTheDocument(),
  )
  expect(screen.queryByRole('dialog', { name: 'Two-factor code needed' })).not.toBeInTheDocument()
  expect(changes().map((r) => r.headers.get('Heroku-Two-Factor-Code'))).toEqual([
    null,
    '111111',
    CODE,
  ])
  expect(releaseCount('billing-api')).toBe(before + 1)
})

it('cancelling the code leaves the app as it was and says why in the dialog', async () => {
  mockApi.backend.twoFactor = { apps: new Set(['billing-api']), code: CODE }
  const before = releaseCount('billing-api')
  const user = userEvent.setup()
  const rollbackDialog = await openRollback(user)

  const prompt = await screen.findByRole('dialog', { name: 'Two-factor code needed' })
  await user.click(within(prompt).getByRole('button', { name: 'Cancel the change' }))
  expect(await within(rollbackDialog).findByRole('alert')).toHaveTextContent(
    'A second authentication factor is required for this request.',
  )
  expect(rollbackDialog).toHaveTextContent('Error ID: two_factor')
  expect(changes()).toHaveLength(1)
  expect(releaseCount('billing-api')).toBe(before)
})

it('shows the budget in the header when it runs low, and the wait after a 429', async () => {
  mockApi.backend.rateLimit.set(320)
  renderApp('/')
  const status = await screen.findByText(/^3\d\d API requests left$/)
  expect(status).toHaveAttribute('title', expect.stringMatching(/refreshes less often/))

  rateBudget.set({ remaining: 0, waitUntil: Date.now() + 60_000, reason: 'limit' })
  expect(
    await screen.findByText(/^Heroku's rate limit reached: waiting until \d{1,2}:\d\d:\d\d/),
  ).toBeVisible()
})

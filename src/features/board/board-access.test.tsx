import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { DEMO_KEYS } from '../../../mocks/scenarios/demo'
import { setHerokuToken } from '@/api/client'
import { pipelineIdOf } from '@/test/demo-ids'
import { recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

// Who the app acts as is the key it sends, as on Heroku: the demo knows one key per person.
const actAs = (person: keyof typeof DEMO_KEYS) => setHerokuToken(DEMO_KEYS[person])
afterEach(() => setHerokuToken(null))
const requests = recordRequests()
/** What the app asked to change: `POST /filters/apps` is a read. */
const changes = () =>
  requests.filter((r) => r.method !== 'GET' && !new URL(r.url).pathname.startsWith('/filters/'))

const column = (name: string) => screen.getByRole('region', { name })

/** The element a control's aria-describedby points at, read as text. */
const reasonOf = (control: HTMLElement) =>
  document.getElementById(control.getAttribute('aria-describedby') ?? '')?.textContent

it('shows a viewer every card but lets them change nothing, saying why, before any request', async () => {
  actAs('priya')
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const gripOf = () => screen.getByRole('button', { name: 'Move billing-api-dev' })
  await screen.findByRole('button', { name: 'Move billing-api-dev' })
  // Once the person's role is known, the grip is held back, still focusable, with the reason.
  // (waitFor waits the suite's 10 s; expect.poll would give up after 1 s on a busy machine.)
  await waitFor(() => expect(gripOf()).toHaveAttribute('aria-disabled', 'true'))
  const grip = gripOf()
  expect(reasonOf(grip)).toBe(
    'You need the manage permission on billing-api-dev to move it. You are a viewer in northwind.',
  )
  const promote = screen.getAllByRole('button', { name: 'Promote…' })[0] as HTMLElement
  expect(promote).toHaveAttribute('aria-disabled', 'true')
  expect(reasonOf(promote)).toBe('As a viewer in northwind, you cannot promote its apps.')
  await userEvent.click(promote)
  expect(screen.queryByRole('dialog')).toBeNull()

  const addApp = screen.getByRole('button', { name: 'Add app to Staging' })
  expect(reasonOf(addApp)).toBe('Viewers of northwind cannot change its pipelines.')
  const rename = screen.getByRole('button', { name: 'Rename' })
  expect(reasonOf(rename)).toBe('Viewers of northwind cannot change its pipelines.')
  await userEvent.click(rename)
  expect(screen.queryByRole('dialog')).toBeNull()

  await userEvent.click(screen.getByRole('button', { name: 'Actions for billing-api-dev' }))
  const menu = await screen.findByRole('menu', { name: 'Actions for billing-api-dev' })
  const move = within(menu).getByRole('menuitem', { name: 'Move to Staging' })
  expect(move).toHaveAttribute('aria-disabled', 'true')
  expect(reasonOf(move)).toMatch(/^You need the manage permission on billing-api-dev to move it/)
  await userEvent.click(move)
  // A move shows on the board in the click's own render, before its request: none did.
  expect(
    within(column('Development')).getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
  expect(changes()).toEqual([])
})

it('lets a member promote to staging, and stops a promotion to production they may not deploy to', async () => {
  actAs('marcus')
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const staging = await screen.findByRole('article', { name: 'billing-api-staging' })
  await userEvent.click(within(staging).getByRole('button', { name: 'Promote…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Promote billing-api-staging' })
  expect(
    await within(dialog).findByText(
      'You may not promote to 2 chosen apps: unselect them, or ask an admin for the deploy permission.',
    ),
  ).toBeVisible()
  expect(
    within(dialog).getByText('You need the deploy permission on billing-api to promote to it.'),
  ).toBeVisible()
  expect(within(dialog).getByRole('button', { name: 'Promote to 2 apps' })).toBeDisabled()
  expect(changes()).toEqual([])

  // His own grants: development and staging apps move for him.
  await userEvent.keyboard('{Escape}')
  expect(screen.getByRole('button', { name: 'Move billing-api-dev' })).toHaveAttribute(
    'aria-disabled',
    'false',
  )
  // Production he may only view.
  await waitFor(() =>
    expect(reasonOf(screen.getByRole('button', { name: 'Move billing-api' }))).toBe(
      'You need the manage permission on billing-api to move it.',
    ),
  )
})

it('refuses, before any request, to add an app the member may not manage', async () => {
  actAs('marcus')
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  await userEvent.click(await screen.findByRole('button', { name: 'Add app to Staging' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add an app to Staging' })
  await userEvent.click(await within(dialog).findByRole('radio', { name: /search-indexer/ }))
  await userEvent.click(within(dialog).getByRole('button', { name: 'Add to Staging' }))
  expect(
    await within(dialog).findByText(
      'You need the manage permission on search-indexer to add it to a pipeline.',
    ),
  ).toBeVisible()
  expect(changes()).toEqual([])
})

it("holds back Promote on someone else's personal app the person has no access to", async () => {
  actAs('priya')
  renderApp(`/pipelines/${pipelineIdOf('storefront')}`)
  const dev = await screen.findByRole('article', { name: 'storefront-dev' })
  await waitFor(() =>
    expect(reasonOf(within(dev).getByRole('button', { name: 'Promote…' }))).toBe(
      'You have no access to storefront-dev.',
    ),
  )
})

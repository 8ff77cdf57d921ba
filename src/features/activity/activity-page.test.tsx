import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()
const billing = () => pipelineIdOf('billing-api')
const entries = async () =>
  within(await screen.findByRole('list', { name: 'Activity' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '')

async function moveFromMenu(appName: string, to: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions for ${appName}` }))
  const menu = await screen.findByRole('menu', { name: `Actions for ${appName}` })
  await userEvent.click(within(menu).getByRole('menuitem', { name: `Move to ${to}` }))
}

const logWrites = () =>
  requests.filter(
    (request) => request.method === 'PATCH' && request.url.endsWith('/stage/test/config-vars'),
  )

it('lists what happened, newest first, and writes a move down where the activity reads it', async () => {
  const { router } = renderApp(`/pipelines/${billing()}`)
  await moveFromMenu('billing-api-eu', 'Staging')
  expect(await screen.findByText('Moved billing-api-eu to Staging')).toBeInTheDocument()
  await waitFor(() => expect(logWrites()).toHaveLength(1))
  // Kept by the backend, in the stage's config vars, where every teammate's Stageboard reads it.
  const kept = mockApi.backend.platform.state.pipelineConfigVars[billing()]?.test ?? {}
  const events = Object.entries(kept).filter(([key]) => key.startsWith('STAGEBOARD_EVENT_'))
  expect(events).toHaveLength(1)
  expect(JSON.parse(events[0]![1])).toMatchObject({
    kind: 'move',
    app: 'billing-api-eu',
    from: 'production',
    to: 'staging',
  })

  await userEvent.click(screen.getByRole('link', { name: 'Activity' }))
  const [newest, ...older] = await entries()
  expect(newest).toMatch(
    /^Moved billing-api-eu from Production to Staging.*@northwind\.dev · just now · noted by Stageboard$/,
  )
  // Heroku's own record follows: its releases, and its review apps.
  expect(older.some((text) => text.startsWith('Deploy · billing-api-staging v23'))).toBe(true)
  expect(older.some((text) => text.startsWith('Review app made for PR #142'))).toBe(true)
  expect(router.state.location.pathname).toBe(`/pipelines/${billing()}/activity`)
})

it('filters by app and by kind, both kept in the address', async () => {
  const { router } = renderApp(`/pipelines/${billing()}/activity?kind=promotion`)
  expect(await screen.findByRole('combobox', { name: 'Kind' })).toHaveDisplayValue('Promotions')
  const promotions = await entries()
  expect(promotions.length).toBeGreaterThan(1)
  expect(promotions.every((text) => text.startsWith('Promotion'))).toBe(true)

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'App' }), 'billing-api-eu')
  await waitFor(() =>
    expect(router.state.location.search).toBe('?kind=promotion&app=billing-api-eu'),
  )
  // One app: its whole history is read, older promotions and all.
  await waitFor(async () => expect((await entries()).length).toBeGreaterThan(1))
  for (const text of await entries())
    expect(text).toMatch(/^Promotion · billing-api-eu v\d+Promote /)

  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Locks')
  expect(await screen.findByText('Nothing matches these filters.')).toBeVisible()
})

it('keeps a move that the log refused, and says so once, in the API words', async () => {
  mockApi.server.use(
    http.patch('https://api.heroku.com/pipelines/:id/stage/test/config-vars', () =>
      HttpResponse.json(
        {
          id: 'forbidden',
          message: 'Only the owner of the <i>billing-api</i> pipeline can change it.',
        },
        { status: 403 },
      ),
    ),
  )
  renderApp(`/pipelines/${billing()}`)
  await moveFromMenu('billing-api-eu', 'Staging')
  expect(await screen.findByText('Not written to the activity')).toBeInTheDocument()
  expect(
    screen.getByText('Only the owner of the <i>billing-api</i> pipeline can change it.'),
  ).toBeInTheDocument()
  expect(
    within(screen.getByRole('region', { name: 'Staging' })).getByRole('article', {
      name: 'billing-api-eu',
    }),
  ).toBeVisible()

  await moveFromMenu('billing-api-eu', 'Production')
  await waitFor(() => expect(logWrites()).toHaveLength(2))
  expect(await screen.findByText('Moved billing-api-eu to Production')).toBeInTheDocument()
  expect(screen.getAllByText('Not written to the activity')).toHaveLength(1)
})

it("shows what it could read when a part fails, with the API's words and a way to try again", async () => {
  let refuse = true
  mockApi.server.use(
    http.get('https://api.heroku.com/pipelines/:id/stage/test/config-vars', () =>
      refuse
        ? HttpResponse.json({ id: 'unavailable', message: 'Config is resting.' }, { status: 503 })
        : undefined,
    ),
  )
  renderApp(`/pipelines/${billing()}/activity`)
  expect(await screen.findByText("Couldn't read Stageboard's log")).toBeVisible()
  expect(screen.getByText(/Config is resting\./)).toBeVisible()
  expect((await entries()).length).toBeGreaterThan(3)
  refuse = false
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
  await waitFor(() => expect(screen.queryByText("Couldn't read Stageboard's log")).toBeNull())
})

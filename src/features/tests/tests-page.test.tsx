import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()

it("says when the runs cannot be read, in Heroku's words, and reads them again", async () => {
  let refuse = true
  mockApi.server.use(
    http.get('https://api.heroku.com/pipelines/:id/test-runs', () =>
      refuse
        ? HttpResponse.json(
            { id: 'unavailable', message: 'CI is taking a break.' },
            { status: 503 },
          )
        : undefined,
    ),
  )
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}/tests`)
  expect(await screen.findByText("Couldn't read the test runs")).toBeVisible()
  expect(screen.getByText(/CI is taking a break\./)).toBeVisible()
  refuse = false
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('list', { name: 'Test runs' })).toBeVisible()
})

it("keeps a refused re-run on its row with Heroku's words, and sends it once for a double click", async () => {
  mockApi.server.use(
    http.post('https://api.heroku.com/test-runs', () =>
      HttpResponse.json(
        { id: 'forbidden', message: 'Heroku CI is not enabled for this pipeline.' },
        { status: 403 },
      ),
    ),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}/tests`)
  const runs = await screen.findByRole('list', { name: 'Test runs' })
  const first = within(runs).getAllByRole('listitem')[0]!
  // Two clicks in one task, before React hears that the first is on its way: the button is not
  // disabled yet, and only the mutation cache can stop the second.
  const again = within(first).getByRole('button', { name: /^Run #\d+ again$/ })
  act(() => {
    again.click()
    again.click()
  })
  expect(await within(first).findByText(/was not started again/)).toBeVisible()
  expect(within(first).getByText('Heroku CI is not enabled for this pipeline.')).toBeVisible()
  const posts = requests.filter(
    (request) => request.method === 'POST' && new URL(request.url).pathname === '/test-runs',
  )
  expect(posts).toHaveLength(1)
})

it('says so when a pipeline has no test runs', async () => {
  renderApp(`/pipelines/${pipelineIdOf('marketing-site')}/tests`)
  expect(await screen.findByText(/No test runs yet/)).toBeVisible()
})

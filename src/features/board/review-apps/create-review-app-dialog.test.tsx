import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()
const creations = () =>
  requests.filter(
    (request) => request.method === 'POST' && new URL(request.url).pathname === '/review-apps',
  )

async function openDialog(pipeline = 'billing-api') {
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf(pipeline)}`)
  await user.click(await screen.findByRole('button', { name: 'New review app' }))
  return { user, dialog: await screen.findByRole('dialog', { name: 'New review app' }) }
}

it("shows Heroku's refusal in the dialog, and sends one request for a double click", async () => {
  mockApi.server.use(
    http.post('https://api.heroku.com/review-apps', () =>
      HttpResponse.json(
        { id: 'forbidden', message: 'You need the deploy permission on billing-api to do that.' },
        { status: 403 },
      ),
    ),
  )
  const { user, dialog } = await openDialog()
  const create = await within(dialog).findByRole('button', {
    name: 'Create review app for PR #151',
  })
  await user.dblClick(create)
  expect(
    await within(dialog).findByText('No review app was made for spike/usage-metering'),
  ).toBeVisible()
  expect(
    within(dialog).getByText('You need the deploy permission on billing-api to do that.'),
  ).toBeVisible()
  expect(creations()).toHaveLength(1)
})

it("says when GitHub's pull requests cannot be read, with GitHub's words, and reads them again", async () => {
  let refuse = true
  mockApi.server.use(
    http.get('https://api.github.com/repos/:owner/:repo/pulls', () =>
      refuse ? HttpResponse.json({ message: 'Server Error' }, { status: 502 }) : undefined,
    ),
  )
  const { user, dialog } = await openDialog()
  expect(await within(dialog).findByText("Couldn't read the pull requests")).toBeVisible()
  expect(within(dialog).getByText(/Server Error/)).toBeVisible()
  refuse = false
  await user.click(within(dialog).getByRole('button', { name: 'Try again' }))
  expect(
    await within(dialog).findByRole('button', { name: 'Create review app for PR #151' }),
  ).toBeVisible()
})

it('says what is missing on a pipeline connected to no repository, and asks GitHub for no pull request', async () => {
  mockApi.server.use(
    http.get('https://kolkrabbi.heroku.com/pipelines/:id/repository', () =>
      HttpResponse.json({ id: 'not_found', message: 'Not found.' }, { status: 404 }),
    ),
  )
  const { dialog } = await openDialog()
  expect(
    await within(dialog).findByText(/billing-api is not connected to a GitHub repository/),
  ).toBeVisible()
  await waitFor(() =>
    expect(requests.some((request) => request.url.includes('/review-app-config'))).toBe(true),
  )
  expect(requests.some((request) => /\/(pulls|branches)\b/.test(request.url))).toBe(false)
})

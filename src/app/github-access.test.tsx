import userEvent from '@testing-library/user-event'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { afterEach, expect, it } from 'vitest'
import { setGithubToken } from '@/api/client'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'
import { DEMO_GITHUB_TOKEN } from '../../mocks/backend'

const OWN_TOKEN = 'github_pat_11AAAAAAA0abcdefghijklmnopqrstuvwxyz'

const requests = recordRequests()
const githubAuthorizations = () => [
  ...new Set(
    requests
      .filter((request) => new URL(request.url).host === 'api.github.com')
      .map((request) => request.headers.get('Authorization')),
  ),
]

afterEach(() => setGithubToken(null))

const stagingCard = () => screen.findByRole('article', { name: 'billing-api-staging' })

it('compares with the GitHub token Heroku holds for the account, as the CLI does, and says nothing more', async () => {
  mockApi.backend.githubTokens = new Set([DEMO_GITHUB_TOKEN])
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  expect(
    await within(await stagingCard()).findByText('4 commits ahead of billing-api'),
  ).toBeVisible()
  expect(screen.queryByRole('region', { name: /Drift could not be computed/ })).toBeNull()
  expect(githubAuthorizations()).toEqual([`token ${DEMO_GITHUB_TOKEN}`])
  expect(requests.filter((r) => new URL(r.url).pathname === '/account/github/token')).toHaveLength(
    1,
  )
})

it('says on the board why drift is missing when no GitHub token reaches the repositories, and compares with one the person gives', async () => {
  mockApi.backend.githubTokens = new Set([OWN_TOKEN])
  mockApi.backend.linkedGithubToken = null
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)

  const notice = await screen.findByRole('region', {
    name: /^Drift could not be computed for \d+ comparisons$/,
  })
  expect(notice).toHaveTextContent('GitHub answered: Not Found')
  expect(notice).toHaveTextContent(
    'Heroku holds no GitHub token for your account (Heroku said: No GitHub account is linked to this Heroku account.), so GitHub was asked without one',
  )
  expect(await stagingCard()).toHaveTextContent(
    'Not compared with billing-api: GitHub could not compare them (Not Found)',
  )
  expect(githubAuthorizations()).toEqual([null])

  // Cancel puts focus back where the person asked.
  await user.click(within(notice).getByRole('button', { name: 'Use a GitHub token' }))
  await user.click(within(notice).getByRole('button', { name: 'Cancel' }))
  expect(within(notice).getByRole('button', { name: 'Use a GitHub token' })).toHaveFocus()

  await user.click(within(notice).getByRole('button', { name: 'Use a GitHub token' }))
  const box = within(notice).getByLabelText('GitHub token')
  expect(box).toHaveFocus()
  expect(box).toHaveAccessibleDescription(/Contents: Read-only/)
  await user.type(box, `token ${OWN_TOKEN}`)
  await user.click(within(notice).getByRole('button', { name: 'Compare with this token' }))
  expect(within(notice).getByRole('alert')).toHaveTextContent('without "token" or "Bearer"')

  await user.clear(box)
  await user.type(box, OWN_TOKEN)
  await user.click(within(notice).getByRole('button', { name: 'Compare with this token' }))
  expect(
    await within(await stagingCard()).findByText('4 commits ahead of billing-api'),
  ).toBeVisible()
  await waitFor(() =>
    expect(screen.queryByRole('region', { name: /Drift could not be computed/ })).toBeNull(),
  )
  expect(githubAuthorizations()).toEqual([null, `token ${OWN_TOKEN}`])
  expect(screen.getByText('Comparing again with the GitHub token you gave.')).toHaveAttribute(
    'role',
    'status',
  )
})

it("says when Heroku's GitHub token could not be read, and compares without it meanwhile", async () => {
  mockApi.backend.githubTokens = new Set([DEMO_GITHUB_TOKEN])
  mockApi.server.use(
    http.get('https://kolkrabbi.heroku.com/account/github/token', () =>
      HttpResponse.json(
        { id: 'service_unavailable', message: 'Kolkrabbi is down.' },
        { status: 503 },
      ),
    ),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const notice = await screen.findByRole('region', { name: /^Drift could not be computed/ })
  expect(notice).toHaveTextContent(
    "Heroku's GitHub token for your account could not be read (Kolkrabbi is down.), so GitHub was asked without one",
  )
  expect(githubAuthorizations()).toEqual([null])
})

it('names a token GitHub refuses, and can forget it', async () => {
  mockApi.backend.githubTokens = new Set([DEMO_GITHUB_TOKEN])
  setGithubToken('ghp_0123456789abcdefghijABCDEFGHIJ012345')
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)

  const notice = await screen.findByRole('region', { name: /^Drift could not be computed/ })
  expect(notice).toHaveTextContent('GitHub answered: Bad credentials')
  expect(notice).toHaveTextContent('Stageboard asked with the GitHub token you gave it.')
  await user.click(within(notice).getByRole('button', { name: 'Forget the token I gave' }))
  // Back to the token Heroku holds, which GitHub accepts.
  expect(
    await within(await stagingCard()).findByText('4 commits ahead of billing-api'),
  ).toBeVisible()
  expect(screen.queryByRole('region', { name: /Drift could not be computed/ })).toBeNull()
})

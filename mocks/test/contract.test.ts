/**
 * Every Platform API endpoint the mock serves, checked against mocks/heroku-schema.json.
 * Each case (contract-cases*.ts) names the route as its handler declares it, and the last test
 * makes sure no route is left out. contract-errors.test.ts shows the validator can say no.
 */
import { matchRequestUrl } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../handlers/all'
import { HEROKU_API } from '../http'
import { platformCases } from './contract-cases'
import { releaseCases } from './contract-cases-releases'
import { getJson, useMockServer } from './heroku-client'
import { formatProblems, schemaProblems } from './schema'

const mock = useMockServer()
const { backend } = mock
const CASES = [...platformCases(mock), ...releaseCases(mock)]

const herokuHandlers = () =>
  createHandlers(backend).flatMap(({ info }) =>
    // Not the catch-all that answers unknown endpoints: it serves no route.
    typeof info.path === 'string' && info.path.startsWith(HEROKU_API) && !info.path.endsWith('/*')
      ? [{ method: String(info.method), path: info.path }]
      : [],
  )

/** The route a request lands on, as `METHOD /path/:param`. */
function routeOf(method: string, path: string) {
  const url = new URL(`${HEROKU_API}${path}`)
  url.search = ''
  const handler = herokuHandlers().find(
    (h) => h.method === method && matchRequestUrl(url, h.path).matches,
  )
  return handler && `${handler.method} ${handler.path.slice(HEROKU_API.length)}`
}

describe('responses conform to the Heroku schema', () => {
  it.each(CASES)(
    '$route -> $schema',
    async ({ route, schema, list = false, status = 200, request }) => {
      const { path, ...init } = await request()
      expect(routeOf(init.method ?? 'GET', path)).toBe(route)
      const { response, body: payload } = await getJson<unknown>(path, init)
      expect(response.status).toBe(status)
      if (list) expect(payload).not.toEqual([]) // an empty list would prove nothing
      expect(schemaProblems(schema, payload, { list })).toEqual([])
      expect(formatProblems(payload)).toEqual([])
    },
  )

  it('covers every Platform API route the mock serves', () => {
    const served = herokuHandlers()
      .map((h) => `${h.method} ${h.path.slice(HEROKU_API.length)}`)
      .filter((route) => !UNPUBLISHED.includes(route))
    expect([...new Set(CASES.map((c) => c.route))].sort()).toEqual([...new Set(served)].sort())
  })
})

/** Routes the CLI calls that Heroku's published schema does not declare: no shape to hold to. */
const UNPUBLISHED = ['GET /pipelines/:id/repo/branches/:branch']

describe("the repositories API's branch, as `heroku reviewapps:create` checks it", () => {
  const branch = (name: string) =>
    getJson<{ name: string; commit: { sha: string } }>(
      `/pipelines/${mock.pipelineId('billing-api')}/repo/branches/${encodeURIComponent(name)}`,
      { headers: { Accept: 'application/vnd.heroku+json; version=3.repositories-api' } },
    )

  it('names a branch of the connected repository and its head', async () => {
    const { response, body: found } = await branch('feature/invoice-pdf')
    expect(response.status).toBe(200)
    expect(found.name).toBe('feature/invoice-pdf')
    expect(found.commit.sha).toMatch(/^[0-9a-f]{40}$/)
  })

  it('is not found for a branch the repository does not have', async () => {
    expect((await branch('no/such-branch')).response.status).toBe(404)
  })
})

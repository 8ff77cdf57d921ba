/** Error bodies against the schema's x-error, and proof that the validator can say no. */
import { describe, expect, it } from 'vitest'
import { api, body, getJson, useMockServer, type ApiInit } from './heroku-client'
import { formatProblems, schemaProblems } from './schema'

const { backend, clock, pipelineId } = useMockServer()

const ERRORS: [string, number, string, () => ApiInit & { path: string }][] = [
  ['an unknown app', 404, 'not_found', () => ({ path: '/apps/no-such-app' })],
  ['an unknown promotion', 404, 'not_found', () => ({ path: '/pipeline-promotions/nope' })],
  [
    'no Accept header',
    406,
    'not_acceptable',
    () => ({ path: '/pipelines', headers: { Accept: null } }),
  ],
  [
    'a body that is not an object',
    400,
    'bad_request',
    () => ({ path: '/pipelines', method: 'POST', body: [] }),
  ],
  [
    'a bad pipeline name',
    422,
    'invalid_params',
    () => ({ path: '/pipelines', method: 'POST', body: { name: '-' } }),
  ],
  [
    'an app already in a pipeline',
    409,
    'conflict',
    () => ({
      path: '/pipeline-couplings',
      method: 'POST',
      body: { app: 'billing-api', pipeline: pipelineId('storefront'), stage: 'production' },
    }),
  ],
  [
    'an app of another owner',
    403,
    'forbidden',
    () => ({
      path: '/pipeline-couplings',
      method: 'POST',
      body: { app: 'ada-scratchpad', pipeline: pipelineId('storefront'), stage: 'development' },
    }),
  ],
  [
    'a bad Range',
    416,
    'requested_range_not_satisfiable',
    () => ({ path: '/apps/billing-api/releases', headers: { Range: 'nonsense' } }),
  ],
]

describe('error bodies conform to x-error', () => {
  it.each(ERRORS)('%s: %i %s', async (_, status, id, request) => {
    const { path, ...init } = request()
    const { response, body: error } = await getJson(path, init)
    expect(response.status).toBe(status)
    expect(error.id).toBe(id)
    expect(schemaProblems('x-error', error)).toEqual([])
  })

  it('429 rate_limit', async () => {
    backend.rateLimit.drain()
    const response = await api('/account')
    expect(response.status).toBe(429)
    expect(schemaProblems('x-error', await body(response))).toEqual([])
    clock.advance(60 * 60_000) // a full pool again
  })
})

describe('the validator itself', () => {
  const pipeline = async () => (await getJson(`/pipelines/${pipelineId('billing-api')}`)).body

  it('accepts a real pipeline and refuses it with a field missing', async () => {
    const real = await pipeline()
    expect(schemaProblems('pipeline', real)).toEqual([])
    const { generation: _, ...withoutGeneration } = real
    expect(schemaProblems('pipeline', withoutGeneration)).toEqual([
      expect.stringContaining("must have required property 'generation'"),
    ])
  })

  it('refuses a bad uuid, a bad name and a wrong type', async () => {
    const real = await pipeline()
    expect(schemaProblems('pipeline', { ...real, id: 'not-a-uuid' })).toEqual([
      expect.stringContaining('must match format "uuid"'),
    ])
    expect(schemaProblems('pipeline', { ...real, name: 'Bad Name' })).toHaveLength(1)
    expect(schemaProblems('pipeline', { ...real, owner: 'team' })).not.toEqual([])
  })

  it('checks every item of a list', async () => {
    const { body: releases } = await getJson<Record<string, unknown>[]>(
      '/apps/billing-api/releases',
    )
    expect(schemaProblems('release', releases, { list: true })).toEqual([])
    const broken = releases.map((r, i) => (i === 3 ? { ...r, status: 'done' } : r))
    expect(schemaProblems('release', broken, { list: true })).toEqual([
      expect.stringMatching(/^\/3\/status must be equal to one of the allowed values/),
    ])
  })

  it('honours strictProperties in nested objects: all present, nothing else', async () => {
    const { body: release } = await getJson<{ user: object }>('/apps/billing-api/releases/4')
    expect(schemaProblems('release', { ...release, user: { email: 'a@b.dev' } })).toEqual([
      expect.stringContaining("must have required property 'id'"),
    ])
    expect(schemaProblems('release', { ...release, user: { ...release.user, name: 'x' } })).toEqual(
      [expect.stringContaining('must NOT have additional properties')],
    )
  })

  it('refuses an error body without a message or with an unknown id', () => {
    expect(schemaProblems('x-error', { id: 'not_found' })).not.toEqual([])
    expect(schemaProblems('x-error', { id: 'oops', message: 'Oops.' })).not.toEqual([])
  })

  it('finds ids that are not uuids and timestamps that are not Heroku date-times, at any depth', () => {
    expect(formatProblems({ app: { id: 'billing-api' } })).toEqual(['/app/id is not a uuid'])
    expect(
      formatProblems([{ created_at: '2026-11-21T12:00:00.123Z' }, { updated_at: 'yesterday' }]),
    ).toEqual([
      '/0/created_at is not a Heroku date-time: "2026-11-21T12:00:00.123Z"',
      '/1/updated_at is not a Heroku date-time: "yesterday"',
    ])
    expect(
      formatProblems({ released_at: null, id: '00000000-0000-4000-8000-000000000001' }),
    ).toEqual([])
  })
})

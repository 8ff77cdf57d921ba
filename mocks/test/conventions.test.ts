import { describe, expect, it } from 'vitest'
import { api, body, getJson, useMockServer } from './heroku-client'
import { UUID } from './support'
import { NO_ENDPOINT } from '../unknown-endpoint'

const { backend, clock, appId, pipelineId } = useMockServer()

async function expectError(response: Response, status: number, id: string, message?: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
  const error = await body(response)
  expect(Object.keys(error).sort()).toEqual(['id', 'message'])
  expect(error.id).toBe(id)
  expect(error.message).toEqual(message ?? expect.any(String))
  expect(String(error.message)).not.toBe('')
}

describe('the Accept header', () => {
  it.each([null, 'application/json', 'application/vnd.heroku+json; version=2', '*/*'])(
    'answers 406 not_acceptable to Accept %j',
    async (accept) => {
      const response = await api('/account', { headers: { Accept: accept } })
      await expectError(response, 406, 'not_acceptable')
    },
  )

  it.each(['3', '3.pipelines', '3.sdk', '3.filters', '3.review-apps'])(
    'accepts version=%s',
    async (version) => {
      const response = await api('/account', {
        headers: { Accept: `application/vnd.heroku+json; version=${version}` },
      })
      expect(response.status).toBe(200)
    },
  )
})

describe('error bodies are exactly {id, message}', () => {
  it('404 not_found, in Heroku words, for an endpoint Heroku does not have', async () => {
    await expectError(
      await api('/pipelines/billing-api/apps'),
      404,
      'not_found',
      NO_ENDPOINT.message,
    )
    backend.requestProblems.length = 0
  })

  it('404 not_found for an unknown app', async () => {
    await expectError(await api('/apps/no-such-app'), 404, 'not_found', "Couldn't find that app.")
  })

  it('409 conflict for an app already in a pipeline, naming that pipeline', async () => {
    const response = await api('/pipeline-couplings', {
      method: 'POST',
      body: { app: 'billing-api-dev', pipeline: pipelineId('storefront'), stage: 'staging' },
    })
    await expectError(
      response,
      409,
      'conflict',
      'billing-api-dev is already in the billing-api pipeline.',
    )
  })

  it('422 invalid_params for a bad pipeline name, and nothing is created', async () => {
    const response = await api('/pipelines', { method: 'POST', body: { name: 'Bad Name' } })
    await expectError(response, 422, 'invalid_params')
    const { body: all } = await getJson<unknown[]>('/pipelines')
    expect(all).toHaveLength(5)
  })

  it('403 forbidden for an app whose owner is not the pipeline owner', async () => {
    const response = await api('/pipeline-couplings', {
      method: 'POST',
      body: { app: 'ada-scratchpad', pipeline: pipelineId('billing-api'), stage: 'development' },
    })
    await expectError(response, 403, 'forbidden')
  })

  it('400 bad_request for a body that is not a JSON object', async () => {
    const response = await fetch('https://api.heroku.com/pipelines', {
      method: 'POST',
      headers: { Accept: 'application/vnd.heroku+json; version=3' },
      body: '{"name": ',
    })
    await expectError(response, 400, 'bad_request')
  })
})

describe('headers on every response', () => {
  it('sends a fresh Request-Id and a RateLimit-Remaining that goes down one per request', async () => {
    const responses = [
      await api('/account'),
      await api('/pipelines', { method: 'POST', body: { name: 'new-pipeline' } }),
      await api('/apps/no-such-app'),
      await api('/apps/billing-api/releases', { headers: { Range: 'version ..; max=2' } }),
      await api('/pipelines', { method: 'POST', body: { name: 'X' } }),
    ]
    expect(responses.map((r) => r.status)).toEqual([200, 201, 404, 206, 422])
    const ids = responses.map((r) => r.headers.get('Request-Id'))
    for (const id of ids) expect(id).toMatch(UUID)
    expect(new Set(ids).size).toBe(responses.length)
    const remaining = responses.map((r) => Number(r.headers.get('RateLimit-Remaining')))
    const first = remaining[0] ?? 0
    expect(first).toBeGreaterThan(0)
    expect(remaining).toEqual([first, first - 1, first - 2, first - 3, first - 4])
  })

  it('sends them on a 406 too', async () => {
    const response = await api('/account', { headers: { Accept: null } })
    expect(response.headers.get('Request-Id')).toMatch(UUID)
    expect(Number(response.headers.get('RateLimit-Remaining'))).toBeGreaterThan(0)
  })
})

describe('ETag and If-None-Match', () => {
  it('answers 304 with an empty body while unchanged, and a new ETag once changed', async () => {
    const path = `/pipelines/${pipelineId('storefront')}`
    const first = await api(path)
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^W\/".+"$/)

    const again = await api(path, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(etag)
    expect(again.headers.get('Request-Id')).toMatch(UUID)

    expect((await api(path, { headers: { 'If-None-Match': 'W/"other"' } })).status).toBe(200)

    clock.advance(1_000)
    const renamed = await api(path, { method: 'PATCH', body: { name: 'shop' } })
    expect(renamed.status).toBe(200)
    const changed = await api(path, { headers: { 'If-None-Match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('ETag')).not.toBe(etag)
    expect(await body(changed)).toMatchObject({ name: 'shop' })
  })
})

describe('rate limit', () => {
  it('answers 429 rate_limit once the pool is drained, until tokens come back', async () => {
    backend.rateLimit.drain()
    const refused = await api('/account')
    await expectError(refused, 429, 'rate_limit')
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0')

    clock.advance(60_000) // about 75 tokens a minute
    const allowed = await api('/account')
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('RateLimit-Remaining')).toBe('74')
    clock.advance(60 * 60_000) // refill the pool for the other tests
  })
})

describe('two-factor', () => {
  const promote = (headers: Record<string, string> = {}) =>
    api('/pipeline-promotions', {
      method: 'POST',
      headers,
      body: {
        pipeline: { id: pipelineId('storefront') },
        source: { app: { id: appId('storefront-staging') } },
        targets: [{ app: { id: appId('storefront-prod') } }],
      },
    })

  it('answers 403 two_factor to a change of a protected app until the right code comes with it', async () => {
    backend.twoFactor = { apps: new Set(['storefront-prod']), code: '246810' }
    await expectError(await promote(), 403, 'two_factor')
    await expectError(await promote({ 'Heroku-Two-Factor-Code': '000000' }), 403, 'two_factor')
    expect(Object.keys(backend.platform.state.promotions)).toHaveLength(0)
    expect((await promote({ 'Heroku-Two-Factor-Code': '246810' })).status).toBe(201)
  })

  // After the test above: resetting the backend turns its knobs back too.
  it('asks nothing when no app is protected (the demo)', async () => {
    expect((await promote()).status).toBe(201)
  })
})

describe('lookups', () => {
  it('GET /pipelines?eq[name]= answers an array, empty when nothing matches', async () => {
    const { body: found } = await getJson<{ id: string; name: string }[]>(
      `/pipelines?${new URLSearchParams({ 'eq[name]': 'billing-api' })}`,
      { headers: { Accept: 'application/vnd.heroku+json; version=3.pipelines' } },
    )
    expect(found).toEqual([
      expect.objectContaining({ id: pipelineId('billing-api'), name: 'billing-api' }),
    ])
    const { body: none } = await getJson<unknown[]>('/pipelines?eq[name]=nothing-here')
    expect(none).toEqual([])
  })

  it('GET /apps/{app}/pipeline-couplings answers one object with pipeline {id, name}', async () => {
    const { response, body: coupling } = await getJson('/apps/billing-api-eu/pipeline-couplings')
    expect(response.status).toBe(200)
    expect(Array.isArray(coupling)).toBe(false)
    expect(coupling).toMatchObject({
      app: { id: appId('billing-api-eu') },
      pipeline: { id: pipelineId('billing-api'), name: 'billing-api' },
      stage: 'production',
    })
    const uncoupled = await api('/apps/search-indexer/pipeline-couplings')
    await expectError(uncoupled, 404, 'not_found', "Couldn't find that pipeline coupling.")
  })
})

import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { createMockServer } from '../../mocks/node'
import { ApiError, requestAllPages, requestJson } from './client'

const { server, backend } = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  backend.reset()
})
afterAll(() => server.close())

const versionSchema = z.object({ version: z.number() })

describe('requestAllPages', () => {
  it('follows Next-Range until the last page, in the order asked for', async () => {
    let requests = 0
    server.events.on('request:start', () => {
      requests += 1
    })
    const releases = await requestAllPages('/apps/billing-api-staging/releases', versionSchema, {
      range: 'version ..; max=4, order=desc',
    })
    server.events.removeAllListeners()
    const versions = releases.map((r) => r.version)
    expect(versions.length).toBeGreaterThan(8)
    expect(versions).toEqual([...versions].sort((a, b) => b - a))
    expect(new Set(versions).size).toBe(versions.length)
    expect(requests).toBe(Math.ceil(versions.length / 4))
  })
})

describe('errors', () => {
  it("carries the API's own id and message", async () => {
    const error = await requestJson(
      '/pipelines/00000000-0000-4000-8000-000000000000',
      z.unknown(),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 404,
      id: 'not_found',
      message: "Couldn't find that pipeline.",
    })
  })

  it('names a network failure as such', async () => {
    server.use(http.get('https://api.heroku.com/account', () => HttpResponse.error()))
    await expect(requestJson('/account', z.unknown())).rejects.toMatchObject({
      status: 0,
      id: 'network_error',
    })
  })

  it('refuses a response of the wrong shape instead of passing it on', async () => {
    server.use(http.get('https://api.heroku.com/account', () => HttpResponse.json({ id: 42 })))
    await expect(
      requestJson('/account', z.object({ id: z.string(), email: z.string() })),
    ).rejects.toMatchObject({ id: 'invalid_response' })
  })
})

import { HttpResponse, delay, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod/mini'
import { createMockServer } from '../../mocks/node'
import {
  ApiError,
  KOLKRABBI_URL,
  onUnauthorized,
  request,
  requestAllPages,
  requestJson,
  sendingAtOnce,
  setHerokuToken,
  setRequestTimeout,
} from './client'
import { forgetAnswers } from './conditional-cache'
import { GITHUB_API_URL } from './github'
import { LOW_BUDGET, politeInterval, rateBudget, rateLimitWait } from './rate-limit'

const { server, backend } = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(async () => {
  server.resetHandlers()
  await backend.reset()
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

describe('when a request goes out', () => {
  /** Whether `path` had been fetched by the time a task queued just before `send` ran. */
  async function sentWithinTheTask(path: string, send: (path: string) => Promise<Response>) {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const fetched = () =>
      fetchSpy.mock.calls.some(([input]) =>
        String(input instanceof Request ? input.url : input).endsWith(path),
      )
    let sent = false
    const looked = new Promise<void>((resolve) =>
      setTimeout(() => {
        sent = fetched()
        resolve()
      }, 0),
    )
    await send(path)
    await looked
    return sent
  }

  it('waits for a task of its own, so that what mounted it paints first', async () => {
    expect(await sentWithinTheTask('/pipelines', (path) => request(path))).toBe(false)
  })

  it("goes at once when a navigation's reads start it", async () => {
    const atOnce = (path: string) => sendingAtOnce(() => request(path))
    expect(await sentWithinTheTask('/pipelines', atOnce)).toBe(true)
    // Only what was started inside: the next request waits for its task again.
    expect(await sentWithinTheTask('/pipeline-couplings', (path) => request(path))).toBe(false)
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

  it('gives up on a request that never answers, and says a change may have been made', async () => {
    setRequestTimeout(100)
    try {
      server.use(
        http.all('https://api.heroku.com/pipelines/:id', async () => {
          await delay('infinite')
          return HttpResponse.json({})
        }),
      )
      const read = await requestJson('/pipelines/p1', z.unknown()).catch((e: unknown) => e)
      expect(read).toMatchObject({ status: 0, id: 'timeout' })
      expect((read as ApiError).message).toMatch(/^Heroku did not answer within \d+ seconds\. Try/)
      const change = await requestJson('/pipelines/p1', z.unknown(), {
        method: 'PATCH',
        body: { name: 'x' },
      }).catch((e: unknown) => e)
      expect(change).toMatchObject({ id: 'timeout' })
      expect((change as ApiError).message).toMatch(/may or may not have been made/)
    } finally {
      setRequestTimeout(30_000)
    }
  })

  it('refuses a response of the wrong shape instead of passing it on', async () => {
    server.use(http.get('https://api.heroku.com/account', () => HttpResponse.json({ id: 42 })))
    await expect(
      requestJson('/account', z.object({ id: z.string(), email: z.string() })),
    ).rejects.toMatchObject({ id: 'invalid_response' })
  })
})

describe('the Heroku API key', () => {
  const KEY = '01234567-89ab-cdef-0123-456789abcdef'
  const strict = createMockServer({ apiKeys: [KEY] })
  const seen: { url: string; authorization: string | null; requestId: string | null }[] = []
  const listen = ({ request }: { request: Request }) => {
    seen.push({
      url: request.url,
      authorization: request.headers.get('Authorization'),
      requestId: request.headers.get('Request-Id'),
    })
  }

  beforeAll(() => {
    // One interception at a time: the strict server takes over from the file's own.
    server.close()
    strict.server.listen({ onUnhandledRequest: 'error' })
    strict.server.events.on('request:start', listen)
  })
  afterEach(() => {
    seen.length = 0
    setHerokuToken(null)
    onUnauthorized(null)
  })
  afterAll(() => {
    strict.server.close()
    server.listen({ onUnhandledRequest: 'error' })
  })

  it("is sent to Heroku's hosts only, never to GitHub, and every Heroku request has an id", async () => {
    setHerokuToken(KEY)
    const [appId = ''] = Object.keys(strict.backend.platform.state.apps)
    await requestJson('/account', z.object({ email: z.string() }))
    await request(`/apps/${appId}/github`, { baseUrl: KOLKRABBI_URL }).catch(() => undefined)
    await request('/repos/acme/billing-api/compare/a...b', { baseUrl: GITHUB_API_URL }).catch(
      () => undefined,
    )
    expect(seen.map((r) => [new URL(r.url).host, r.authorization])).toEqual([
      ['api.heroku.com', `Bearer ${KEY}`],
      ['kolkrabbi.heroku.com', `Bearer ${KEY}`],
      ['api.github.com', null],
    ])
    expect(seen[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(seen[1]?.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(seen[2]?.requestId).toBeNull()
  })

  it('hears 401 from Heroku once, with its words and the request id to quote', async () => {
    setHerokuToken('11111111-2222-3333-4444-555555555555')
    const heard: ApiError[] = []
    onUnauthorized((error) => heard.push(error))
    const error = await requestJson('/account', z.unknown()).catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 401,
      id: 'unauthorized',
      message: 'Invalid credentials provided.',
    })
    expect(heard).toHaveLength(1)
    expect((error as ApiError).requestId).toBe(seen[0]?.requestId)
  })

  it('does not sign out a key that replaced the refused one while its request was under way', async () => {
    setHerokuToken('11111111-2222-3333-4444-555555555555')
    const heard: ApiError[] = []
    onUnauthorized((error) => heard.push(error))
    const refused = requestJson('/account', z.unknown()).catch((e: unknown) => e)
    setHerokuToken(KEY)
    expect(await refused).toMatchObject({ status: 401 })
    expect(heard).toHaveLength(0)
  })

  it('does not sign anyone out when a key being checked is refused', async () => {
    setHerokuToken(KEY)
    const heard: ApiError[] = []
    onUnauthorized((error) => heard.push(error))
    await expect(
      requestJson('/account', z.unknown(), { token: 'HRKU-not-a-real-key-000000' }),
    ).rejects.toMatchObject({ status: 401 })
    expect(seen[0]?.authorization).toBe('Bearer HRKU-not-a-real-key-000000')
    expect(heard).toHaveLength(0)
  })

  it('lets a request given up while its 401 is read say nothing: its words may be cut off', async () => {
    setHerokuToken('11111111-2222-3333-4444-555555555555')
    const heard: ApiError[] = []
    onUnauthorized((error) => heard.push(error))
    // The answer's head arrives, its body not yet: the page is left meanwhile, and the body is
    // cut off, as a browser cuts it when its fetch is aborted.
    const leaving = new AbortController()
    const body = new ReadableStream({
      start(controller) {
        leaving.signal.addEventListener('abort', () => controller.error(leaving.signal.reason))
      },
    })
    strict.server.use(
      http.get('https://api.heroku.com/account', () => new HttpResponse(body, { status: 401 })),
    )
    const refused = requestJson('/account', z.unknown(), { signal: leaving.signal }).catch(
      (e: unknown) => e,
    )
    setTimeout(() => leaving.abort(), 50)
    expect(await refused).toMatchObject({ name: 'AbortError' })
    expect(heard).toHaveLength(0)
    strict.server.resetHandlers()
  })
})

describe("Heroku's rate limit", () => {
  const methods: string[] = []
  const count = ({ request }: { request: Request }) => void methods.push(request.method)
  beforeAll(() => server.events.on('request:start', count))
  afterEach(() => {
    methods.length = 0
    rateBudget.set({ remaining: null, waitUntil: null, reason: '' })
  })
  afterAll(() => server.events.removeListener('request:start', count))

  it('keeps what RateLimit-Remaining said, and polls more slowly when it is low', async () => {
    await requestJson('/account', z.unknown())
    expect(rateBudget.get().remaining).toBeGreaterThan(LOW_BUDGET)
    expect(politeInterval(1000)).toBe(1000)

    backend.rateLimit.set(300)
    await requestJson('/account', z.unknown())
    expect(rateBudget.get().remaining).toBe(299)
    expect(politeInterval(1000)).toBe(5000)

    backend.rateLimit.set(50)
    await requestJson('/account', z.unknown())
    expect(politeInterval(1000)).toBe(15_000)
  })

  it('after a 429 says until when, refuses changes without asking, and holds reads until then', async () => {
    backend.rateLimit.drain()
    const refused = await requestJson('/account', z.unknown()).catch((e: unknown) => e)
    expect(refused).toMatchObject({ status: 429, id: 'rate_limit' })
    expect((refused as ApiError).message).toMatch(
      /^Your account reached the API rate limit\. Try again after \d\d:\d\d:\d\d/,
    )
    expect(rateLimitWait()).toBeGreaterThan(55_000)
    expect(methods).toEqual(['GET'])

    // A change during the wait is refused here, with the same words: Heroku is not asked.
    const change = await request('/pipelines', { method: 'POST', body: { name: 'waits' } }).catch(
      (e: unknown) => e,
    )
    expect(change).toMatchObject({ status: 429 })
    expect((change as ApiError).message).toMatch(/rate limit\. Try again after/)
    expect(methods).toEqual(['GET'])

    // A read waits for the end of the wait, then goes.
    backend.rateLimit.set(4500)
    const waitEnds = Date.now() + 300
    rateBudget.set({ ...rateBudget.get(), waitUntil: waitEnds })
    await requestJson('/account', z.unknown())
    expect(Date.now()).toBeGreaterThanOrEqual(waitEnds - 5)
    expect(methods).toEqual(['GET', 'GET'])
  })

  it('honours Retry-After when Heroku sends one', async () => {
    server.use(
      http.get('https://api.heroku.com/account', () =>
        HttpResponse.json(
          { id: 'rate_limit', message: 'Your account reached the API rate limit' },
          { status: 429, headers: { 'Retry-After': '5' } },
        ),
      ),
    )
    await requestJson('/account', z.unknown()).catch(() => undefined)
    expect(rateLimitWait()).toBeGreaterThan(4000)
    expect(rateLimitWait()).toBeLessThanOrEqual(5000)
  })
})

describe('conditional reads', () => {
  const exchanges: { ifNoneMatch: string | null; status: number }[] = []
  const listen = ({ request, response }: { request: Request; response: Response }) => {
    if (new URL(request.url).pathname !== '/account') return
    exchanges.push({ ifNoneMatch: request.headers.get('If-None-Match'), status: response.status })
  }
  beforeAll(() => server.events.on('response:mocked', listen))
  // Earlier tests of this file read /account too: their answers are kept.
  beforeEach(forgetAnswers)
  afterEach(() => {
    exchanges.length = 0
    setHerokuToken(null)
  })
  afterAll(() => server.events.removeListener('response:mocked', listen))

  it('sends the ETag back, and replays the kept answer when Heroku says 304', async () => {
    const accountSchema = z.object({ email: z.string() })
    const first = await requestJson('/account', accountSchema)
    const second = await requestJson('/account', accountSchema)
    expect(second).toEqual(first)
    expect(exchanges.map((e) => e.status)).toEqual([200, 304])
    expect(exchanges[1]?.ifNoneMatch).toMatch(/^W\/"[0-9a-f]+"$/)

    // Another key is another account: nothing read with the last one is replayed.
    setHerokuToken('01234567-89ab-cdef-0123-456789abcdef')
    await requestJson('/account', accountSchema)
    expect(exchanges[2]).toEqual({ ifNoneMatch: null, status: 200 })
  })

  // Last of the file: it turns conditional reads off for the rest of the module's life.
  it('reads without If-None-Match from then on when a conditional read fails on the network', async () => {
    const accountSchema = z.object({ email: z.string() })
    await requestJson('/account', accountSchema)
    // As a browser does when a CORS preflight refuses the header.
    server.use(
      http.get('https://api.heroku.com/account', ({ request }) =>
        request.headers.has('If-None-Match') ? HttpResponse.error() : undefined,
      ),
    )
    await expect(requestJson('/account', accountSchema)).resolves.toMatchObject({
      email: expect.any(String) as string,
    })
    await requestJson('/account', accountSchema)
    await requestJson('/account', accountSchema)
    expect(exchanges.map((e) => [e.ifNoneMatch !== null, e.status])).toEqual([
      [false, 200],
      [false, 200],
      [false, 200],
      [false, 200],
    ])
  })
})

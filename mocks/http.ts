/**
 * Heroku's HTTP conventions, in one place: the versioned Accept header, `{id, message}` errors,
 * Request-Id, RateLimit-Remaining, weak ETags with If-None-Match, and Range paging.
 */
import { HttpResponse, delay, type DefaultBodyType, type PathParams } from 'msw'
import type { MockBackend } from './backend'
import type { Fault } from './faults'
import { readKey, type KeptAnswer } from './kept-answers'
import { PlatformError } from './platform/errors'
import { advancePromotions } from './platform/promotions'
import { advanceReviewApps } from './platform/review-apps'
import { advanceAppSetups } from './platform/app-setups'
import { advanceAutoDeploys } from './platform/auto-deploys'
import { advanceTestRuns } from './platform/test-runs'
import type { Platform } from './platform/store'
import { paginate, parseRange } from './range'

export const HEROKU_API = 'https://api.heroku.com'
export const KOLKRABBI_API = 'https://kolkrabbi.heroku.com'
export const GITHUB_API = 'https://api.github.com'

/** `application/vnd.heroku+json; version=3`, or a `3.<variant>` the CLI uses (3.pipelines, 3.sdk, ...). */
const ACCEPT_PATTERN = /application\/vnd\.heroku\+json;\s*version=3(\.[a-z-]+)?(?:\s*[;,]|$)/

const EXPOSED_HEADERS = [
  'Request-Id',
  'RateLimit-Remaining',
  'Retry-After',
  'ETag',
  'Content-Range',
  'Next-Range',
  'Accept-Ranges',
].join(', ')

export interface Paging<T> {
  keys: readonly string[]
  defaultKey: string
  valueOf: (item: T, key: string) => string | number
}

interface Rendered {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** What a resolver answers; a list renders itself against the request's Range header. */
export type Reply =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'list'; render: (range: string | null) => Rendered }

export const reply = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body })

/** A list; with `paging`, Range is honoured (REFERENCE §1.4 names the lists that declare ranges). */
export function replyList<T>(
  items: T[],
  serialize: (item: T) => unknown,
  paging?: Paging<T>,
): Reply {
  return {
    kind: 'list',
    render(range) {
      if (!paging) return { status: 200, body: items.map(serialize) }
      const parsed = parseRange(range, paging.keys, paging.defaultKey)
      if (!parsed.ok)
        throw new PlatformError(416, 'requested_range_not_satisfiable', parsed.message)
      const page = paginate(items, parsed.spec, paging.valueOf)
      const headers: Record<string, string> = { 'Accept-Ranges': paging.keys.join(', ') }
      if (page.contentRange) headers['Content-Range'] = page.contentRange
      if (page.nextRange) headers['Next-Range'] = page.nextRange
      return { status: page.nextRange ? 206 : 200, body: page.items.map(serialize), headers }
    },
  }
}

export interface RouteContext {
  request: Request
  params: Record<string, string>
  platform: Platform
  body: Record<string, unknown>
}

/** Synchronous: a request's reads and writes of the platform happen in one go (StateStorage). */
export type Resolver = (context: RouteContext) => Reply

export function errorResponse(status: number, id: string, message: string, headers?: Headers) {
  return HttpResponse.json({ id, message }, { status, headers })
}

/**
 * Weak ETag from the body's bytes: same body, same tag. The platform's own SHA-1 (Web Crypto, in
 * the browser and in Node): a 2,000-app board's lists are 2.5 MB, which a hash in JavaScript read
 * in some 50 ms of the page's thread, where the board was opening; this takes a few.
 */
async function etagOf(body: Uint8Array<ArrayBuffer>) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', body))
  const hex = Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0'))
  return `W/"${hex.join('')}"`
}

async function encode(text: string) {
  const bytes = new TextEncoder().encode(text)
  return { bytes, etag: await etagOf(bytes) }
}

async function readBody(request: Request): Promise<Record<string, unknown> | PlatformError> {
  const text = await request.text()
  if (text.trim() === '') return {}
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>
    }
  } catch {
    // fall through to the refusal below
  }
  return new PlatformError(400, 'bad_request', 'Request body must be a JSON object.')
}

export async function applyFault(fault: Fault | undefined): Promise<Response | undefined> {
  if (!fault) return undefined
  if (fault.delayMs) await delay(fault.delayMs)
  if (fault.error) return errorResponse(fault.error.status, fault.error.id, fault.error.message)
  if (!fault.delayMs) return HttpResponse.error()
  return undefined
}

function baseHeaders(backend: MockBackend) {
  return new Headers({
    'Request-Id': crypto.randomUUID(),
    'RateLimit-Remaining': String(backend.rateLimit.remaining()),
    'Cache-Control': 'max-age=0, private, must-revalidate',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  })
}

/** Heroku's answer to a missing, revoked or unknown key (REFERENCE §1.5). */
export const UNAUTHORIZED = { id: 'unauthorized', message: 'Invalid credentials provided.' }

/** Whether a strict backend refuses this request's key; a demo backend accepts any request. */
/**
 * The API key a request carries: `Bearer <key>`, or HTTP Basic with the key as the password
 * (`curl -n` with a `.netrc`, as Heroku's docs show), whatever the user name.
 */
function keyOf(request: Request): string | undefined {
  const authorization = request.headers.get('Authorization') ?? ''
  const bearer = /^Bearer (\S+)$/.exec(authorization)?.[1]
  if (bearer) return bearer
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization)?.[1]
  if (!basic) return undefined
  try {
    const password = atob(basic).split(':').slice(1).join(':')
    return password || undefined
  } catch {
    return undefined
  }
}

export function lacksValidKey(backend: MockBackend, request: Request) {
  if (!backend.apiKeys) return false
  const key = keyOf(request)
  return !key || !backend.apiKeys.has(key)
}

/**
 * Whose key the request carries: a user's, when the platform knows it (the demo's account
 * switcher sends one); otherwise the account's (null), as the demo needs no key.
 */
export function callerOf(platform: Platform, request: Request): string | null {
  const key = keyOf(request)
  const { apiKeys } = platform.state
  return key && Object.hasOwn(apiKeys, key) ? (apiKeys[key] ?? null) : null
}

/** A request no schema link declares, or with a body its link refuses: answered as Heroku would. */
function refuseOffSchema(backend: MockBackend, request: Request, body: Record<string, unknown>) {
  if (!backend.checkRequest) return
  const { pathname } = new URL(request.url)
  const refusal = backend.checkRequest(request.method, decodeURIComponent(pathname), body)
  if (!refusal) return
  backend.requestProblems.push(`${request.method} ${pathname}: ${refusal.message}`)
  throw new PlatformError(refusal.status, refusal.id, refusal.message)
}

/** How a route's answers may be served. */
export interface RouteOptions {
  /**
   * Its reads are answered from the state and the request alone (not the clock, nor a knob of
   * the backend that can change while it runs; the platform's addresses are set at its start):
   * the answer is kept while the state is unchanged (see KeptAnswers). For the lists big enough
   * for it to matter.
   */
  keep?: boolean
}

/** For the big lists' routes: see RouteOptions.keep. */
export const KEEP: RouteOptions = { keep: true }

/** Wraps a resolver with the conventions every Platform API endpoint shares. */
export function herokuRoute(backend: MockBackend, resolve: Resolver, options: RouteOptions = {}) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    const faulted = await applyFault(backend.faults.take(request))
    if (faulted) return faulted

    const headers = baseHeaders(backend)
    // The client's own id is answered back, so the id in a message is the one it sent. What
    // Heroku answers when a client sends one is not in REFERENCE (heroku-go sends it, §1.1).
    const sentId = request.headers.get('Request-Id')
    if (sentId) headers.set('Request-Id', sentId)
    if (lacksValidKey(backend, request)) {
      return errorResponse(401, UNAUTHORIZED.id, UNAUTHORIZED.message, headers)
    }
    if (!ACCEPT_PATTERN.test(request.headers.get('Accept') ?? '')) {
      return errorResponse(
        406,
        'not_acceptable',
        'Please specify a version along with Heroku\'s API MIME type. For example, "Accept: application/vnd.heroku+json; version=3".',
        headers,
      )
    }
    if (!backend.rateLimit.take()) {
      headers.set('RateLimit-Remaining', '0')
      return errorResponse(429, 'rate_limit', 'Your account reached the API rate limit', headers)
    }
    headers.set('RateLimit-Remaining', String(backend.rateLimit.remaining()))

    try {
      const body = await readBody(request)
      if (body instanceof PlatformError) throw body
      refuseOffSchema(backend, request, body)
      // Written out inside the transaction: what is sent is the state as the request left it.
      const answer: KeptAnswer = await backend.transact(() => {
        const { platform } = backend
        advancePromotions(platform)
        advanceReviewApps(platform)
        advanceTestRuns(platform)
        advanceAutoDeploys(platform)
        advanceAppSetups(platform)
        const caller = callerOf(platform, request)
        const answerNow = () =>
          platform.actingAs(caller, () => {
            const result = resolve({
              request,
              params: params as Record<string, string>,
              platform,
              body,
            })
            const rendered: Rendered =
              result.kind === 'json' ? result : result.render(request.headers.get('Range'))
            // The text, not the body's objects: a kept answer holds one copy of itself.
            const { status, headers } = rendered
            return { status, headers, text: JSON.stringify(rendered.body) }
          })
        if (!options.keep || request.method !== 'GET') return answerNow()
        const read = readKey(request, caller)
        return backend.kept.find(platform, read) ?? backend.kept.make(platform, read, answerNow)
      })
      const { status, headers: own } = answer
      for (const [name, value] of Object.entries(own ?? {})) headers.set(name, value)

      // Encoded once: hashed, then sent as they are (a kept answer's, once for all its reads).
      answer.encoded ??= await encode(answer.text)
      const { bytes, etag } = answer.encoded
      headers.set('ETag', etag)
      if (request.method === 'GET' && request.headers.get('If-None-Match') === etag) {
        return new HttpResponse(null, { status: 304, headers })
      }
      headers.set('Content-Type', 'application/json;charset=utf-8')
      return new HttpResponse(bytes as DefaultBodyType, { status, headers })
    } catch (error) {
      if (error instanceof PlatformError)
        return errorResponse(error.status, error.id, error.message, headers)
      throw error
    }
  }
}

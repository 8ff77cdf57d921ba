/**
 * The one HTTP client for Heroku's Platform API: base URL, the versioned Accept header, abort
 * signals, Range paging, and one error type. It shows nothing and navigates nowhere: callers decide.
 */
import { z } from 'zod/mini'
import {
  etagFor,
  forgetAnswers,
  keepOnRead,
  keepBody,
  replayAnswer,
  stopConditionalReads,
} from './conditional-cache'
import { quickParse } from './quick-parse'
import { noteMalformed, noteWellFormed } from './malformed'
import { clockTime, noteRateLimited, noteRemaining, rateBudget, rateLimitWait } from './rate-limit'

export const HEROKU_API_URL = 'https://api.heroku.com'
/** Heroku's GitHub integration: which repository an app deploys from, and a GitHub token. */
export const KOLKRABBI_URL = 'https://kolkrabbi.heroku.com'

/** The hosts that may see the person's Heroku API key: Heroku's own, and no other. */
const HEROKU_HOSTS: ReadonlySet<string> = new Set([HEROKU_API_URL, KOLKRABBI_URL])

let herokuToken: string | null = null
let githubToken: string | null = null
let unauthorizedHandler: ((error: ApiError) => void) | null = null

/** The key sent to Heroku's hosts from now on (null in the demo, which needs none). */
export function setHerokuToken(token: string | null) {
  if (token !== herokuToken) forgetAnswers()
  herokuToken = token
}

/**
 * A GitHub token the person gave Stageboard themselves (for drift): compares use it instead of
 * the one Heroku holds for their account. Sent to api.github.com only (see src/api/github.ts).
 */
export function setGithubToken(token: string | null) {
  githubToken = token
}

export const pastedGithubToken = () => githubToken

/**
 * Called when Heroku answers 401 to the installed key: it was revoked, expired or never valid.
 * Requests that bring their own key (checking a key before keeping it) do not call it.
 */
export function onUnauthorized(handler: ((error: ApiError) => void) | null) {
  unauthorizedHandler = handler
}

/**
 * Asks the person for a second factor when Heroku answers 403 `two_factor`: resolves with the
 * code, or null when they decline. Requests made meanwhile share the one question.
 */
export type TwoFactorPrompt = (refusal: ApiError) => Promise<string | null>
let twoFactorPrompt: TwoFactorPrompt | null = null

/** Installs (or, with null, removes) the question a `two_factor` refusal asks. */
export function onTwoFactor(prompt: TwoFactorPrompt | null) {
  twoFactorPrompt = prompt
}

/** A refusal or failure, carrying the API's own `id` and `message`. */
export class ApiError extends Error {
  readonly status: number
  readonly id: string
  /** the request's id, as Heroku logged it: what its support asks for */
  readonly requestId: string | undefined

  constructor(status: number, id: string, message: string, requestId?: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.id = id
    this.requestId = requestId
  }

  /** The thing asked for is not there (404): an answer, not an outage. */
  isNotFound() {
    return this.status === 404
  }

  /**
   * A refusal (4xx): asking again unchanged gets the same answer. Not 429: the rate limit says
   * "not now", and the same request succeeds once tokens come back.
   */
  isClientError() {
    return this.status >= 400 && this.status < 500 && !this.isRateLimited()
  }

  /** Heroku wants a second factor for this request (403 `two_factor`). */
  needsSecondFactor() {
    return this.status === 403 && this.id === 'two_factor'
  }

  /**
   * Heroku's budget is spent (429 `rate_limit`): asking again after the wait succeeds. Only the
   * Platform API's: GitHub's limits are GitHub's, and its refusals carry no such id.
   */
  isRateLimited() {
    return this.status === 429 && this.id === 'rate_limit'
  }
}

/** Whether an error from a query or mutation is the API saying 404. */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.isNotFound()

/** Whether an error from a query or mutation is the API refusing (4xx), not failing. */
export const isClientError = (error: unknown) => error instanceof ApiError && error.isClientError()

/** Heroku's Accept variants (`version=3.pipelines`, ...) as the CLI sends them. */
export type AcceptVariant = 'pipelines' | 'sdk' | 'filters'

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
  variant?: AcceptVariant
  range?: string
  /** another service than the Platform API (Kolkrabbi, GitHub): no Heroku Accept header */
  baseUrl?: string
  headers?: Record<string, string>
  /** a key to try instead of the installed one (checking a key before keeping it) */
  token?: string
}

const NETWORK_MESSAGE = 'Could not reach the Heroku API. Check your connection, then try again.'

/**
 * How long a request may go unanswered before it is given up: 30 s, the wait after which Heroku's
 * own router gives up on an app (H12). Without one, a request that never answers holds its
 * dialog or card until a reload. Tests shorten it.
 */
let requestTimeoutMs = 30_000

export function setRequestTimeout(ms: number) {
  requestTimeoutMs = ms
}

/** A request given up at its deadline, in words that give the deadline in seconds. */
const timeoutError = (sentence: (seconds: number) => string, requestId: string | undefined) =>
  new ApiError(0, 'timeout', sentence(Math.round(requestTimeoutMs / 1000)), requestId)

/** A change given up on may have been made all the same: the caller reads the truth again. */
const timedOut = (method: string, requestId: string | undefined) =>
  timeoutError(
    (seconds) =>
      method === 'GET'
        ? `Heroku did not answer within ${seconds} seconds. Try again in a moment.`
        : `Heroku did not answer within ${seconds} seconds, so the change may or may not have been made. Stageboard reads it again to show where things stand.`,
    requestId,
  )

/**
 * The answer's JSON; its text is kept for a conditional read when `request` marked it so. The
 * request's deadline covers its body too: a body still coming in when it passes fails as a
 * timeout in words, not as the browser's bare TimeoutError.
 */
export async function bodyOf(response: Response): Promise<unknown> {
  try {
    const text = await response.text()
    const body = JSON.parse(text) as unknown
    keepBody(response, text)
    return body
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw timeoutError(
        (seconds) =>
          `Heroku's answer stopped coming in within ${seconds} seconds. Try again in a moment.`,
        response.headers.get('Request-Id') ?? undefined,
      )
    }
    throw error
  }
}

async function errorFrom(response: Response, sentRequestId?: string): Promise<ApiError> {
  let id = response.status === 404 ? 'not_found' : `http_${response.status}`
  let message = `The API answered ${response.status} ${response.statusText}`.trim()
  try {
    const body = (await response.json()) as { id?: unknown; message?: unknown }
    if (typeof body.id === 'string') id = body.id
    if (typeof body.message === 'string' && body.message !== '') message = body.message
  } catch {
    // not JSON: keep the status line
  }
  // The id the answer carries (Heroku's own, or ours sent back), else the one we sent.
  const requestId = response.headers.get('Request-Id') ?? sentRequestId
  return new ApiError(response.status, id, message, requestId)
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Above zero while `sendingAtOnce` runs: the requests it starts skip `nextTask`. */
let startingAtOnce = 0

/**
 * Runs `start`; the requests it starts (synchronously) are sent at once, not from a task of their
 * own (see `request`). For a navigation's reads: nothing is painting that they would hold up, and
 * the page is waiting for their answers, which a task behind the router's rendering put 5 to
 * 20 ms later on a 2-core machine.
 */
export function sendingAtOnce<T>(start: () => T): T {
  startingAtOnce += 1
  try {
    return start()
  } finally {
    startingAtOnce -= 1
  }
}

/** The API's words with one full stop, whether or not they brought their own. */
const asSentence = (text: string) => text.replace(/[.!]?\s*$/, '.')

function sleep(ms: number, signal: AbortSignal | undefined) {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason as Error)
      },
      { once: true },
    )
  })
}

/** Heroku's words on its rate limit, and when to try again. */
const rateLimited = (message: string, until: number, requestId?: string) =>
  new ApiError(
    429,
    'rate_limit',
    `${asSentence(message)} Try again after ${clockTime(until)}.`,
    requestId,
  )

/**
 * While a 429's wait lasts, nothing is sent to the Platform API: a read waits its turn (its
 * screen keeps what it shows), a change is refused at once with the wait's end, so nothing a
 * person asked for happens minutes later without them.
 */
async function waitOutRateLimit(method: string, signal: AbortSignal | undefined) {
  if (rateLimitWait() === 0) return
  if (method === 'GET') {
    // A late 429 from a request already under way may push the end of the wait further.
    while (rateLimitWait() > 0) await sleep(rateLimitWait(), signal)
    return
  }
  const { waitUntil, reason } = rateBudget.get()
  throw rateLimited(reason || 'Your account reached the API rate limit', waitUntil ?? 0)
}

/**
 * Sends one request and returns the raw response once it is known to be a success. Read a
 * successful answer's body with `bodyOf` (or `parseBody`): that read is what keeps it for the
 * next conditional read of the same address.
 */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const atOnce = startingAtOnce > 0
  const baseUrl = options.baseUrl ?? HEROKU_API_URL
  const headers = new Headers(options.headers)
  if (baseUrl === HEROKU_API_URL) {
    const version = options.variant ? `3.${options.variant}` : '3'
    headers.set('Accept', `application/vnd.heroku+json; version=${version}`)
  }
  if (options.range) headers.set('Range', options.range)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  const url = new URL(path, baseUrl)
  const method = options.method ?? 'GET'
  // The host actually asked, not the base: an absolute path would leave the base behind.
  const toHeroku = HEROKU_HOSTS.has(url.origin)
  const toPlatformApi = url.origin === HEROKU_API_URL
  const token = options.token ?? herokuToken
  if (toHeroku && token) headers.set('Authorization', `Bearer ${token}`)
  // As Heroku's own clients do: the id a person can quote, and Heroku can find in its logs.
  const requestId = toHeroku ? crypto.randomUUID() : undefined
  if (requestId) headers.set('Request-Id', requestId)

  // A read of the Platform API asked before: Heroku answers 304 if nothing changed.
  // Not for a key being checked: its answers are not the installed key's to keep.
  const conditionalKey =
    method === 'GET' && toPlatformApi && !options.token
      ? `${url.href} ${headers.get('Accept')} ${options.range ?? ''}`
      : null
  const etag = conditionalKey === null ? undefined : etagFor(conditionalKey)
  if (etag) headers.set('If-None-Match', etag)

  // Each request is sent from a task of its own. Cards that a key press or a click mounts then
  // paint first: sending their requests costs the main thread a few ms each (through the demo's
  // service worker more), which their mount would otherwise pay inside that frame.
  if (!atOnce) await nextTask()
  if (toPlatformApi) await waitOutRateLimit(method, options.signal)
  let response: Response
  const deadline = AbortSignal.timeout(requestTimeoutMs)
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal ? AbortSignal.any([options.signal, deadline]) : deadline,
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    if (deadline.aborted) throw timedOut(method, requestId)
    if (etag) {
      // Perhaps Heroku's CORS does not allow If-None-Match from this origin: read without it.
      stopConditionalReads()
      return request(path, options)
    }
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE, requestId)
  }
  if (toPlatformApi) noteRemaining(response.headers.get('RateLimit-Remaining'))
  if (conditionalKey !== null) {
    if (response.status === 304 && etag) {
      const replayed = replayAnswer(conditionalKey, etag)
      if (replayed) return replayed
      // The copy was dropped meanwhile (evicted, or another key): without one, the read is
      // asked again unconditionally.
      return request(path, options)
    }
    if (response.ok) keepOnRead(conditionalKey, response)
  }
  if (!response.ok) {
    const error = await errorFrom(response, requestId)
    // Given up while its answer was read (a page left): its words may be cut off, and a request
    // still wanted says the same, whole. As a network failure of an aborted request is.
    if (options.signal?.aborted) throw options.signal.reason as Error
    if (toPlatformApi && error.status === 429) {
      const until = noteRateLimited(error.message, response.headers.get('Retry-After'))
      throw rateLimited(error.message, until, error.requestId)
    }
    // As the CLI's client does for every request: ask for the code, send the same request again
    // with it. A wrong code is refused the same way, and asked for again; declining throws.
    if (toPlatformApi && error.needsSecondFactor() && twoFactorPrompt) {
      const code = await twoFactorPrompt(error)
      // Given up meanwhile (its screen closed): nothing is sent.
      if (options.signal?.aborted) throw error
      if (code !== null) {
        const headers = { ...options.headers, 'Heroku-Two-Factor-Code': code }
        return request(path, { ...options, headers })
      }
    }
    // Only the Platform API's 401 speaks for the key (Kolkrabbi's may be about GitHub), and only
    // for the key still installed: an answer to a key since replaced signs no one out.
    const keyRefused = error.status === 401 && toPlatformApi
    if (keyRefused && !options.token && token && token === herokuToken) unauthorizedHandler?.(error)
    throw error
  }
  return response
}

/** Parses a response body with its schema: what the server says is checked, never assumed. */
export async function parseBody<T>(
  response: Response,
  schema: z.ZodMiniType<T>,
  path: string,
): Promise<T> {
  return checked(await bodyOf(response), schema, response.status, path)
}

/** The answer's body as the schema gives it, or an error saying what did not fit. */
function checked<T>(body: unknown, schema: z.ZodMiniType<T>, status: number, path: string): T {
  const quick = quickParse(schema, body)
  if (quick) return quick.data
  const result = schema.safeParse(body)
  if (!result.success) {
    throw new ApiError(
      status,
      'invalid_response',
      `Unexpected response from ${path}: ${result.error.issues[0]?.message ?? 'invalid shape'}`,
    )
  }
  return result.data
}

/** Where a list's record says whose it is: its own id, or (a release) its app's. */
export type RecordOwner = (record: unknown) => unknown

const ownId: RecordOwner = (record) => (record as { id?: unknown } | null)?.id

/** Array schemas made once per item schema: the quick checker is kept per schema object. */
const arraySchemas = new WeakMap<z.ZodMiniType, z.ZodMiniType>()
const arrayOf = <T>(item: z.ZodMiniType<T>) => {
  let schema = arraySchemas.get(item)
  if (!schema) arraySchemas.set(item, (schema = z.array(item)))
  return schema as z.ZodMiniType<T[]>
}

/**
 * A list answer, checked record by record once the whole fails: a record of the wrong shape is
 * left out and noted by its owner's id (see `malformed.ts`), so only its own card fails. An
 * answer that is not a list at all fails as `parseBody` does.
 */
export async function parseListBody<T>(
  response: Response,
  itemSchema: z.ZodMiniType<T>,
  path: string,
  ownerOf: RecordOwner = ownId,
): Promise<T[]> {
  const body = await bodyOf(response)
  const quick = quickParse(arrayOf(itemSchema), body)
  // Which list this is, whatever its ids: a pipeline's releases, the apps of a filter.
  const list = path.replace(/\/[0-9a-f-]{36}(?=\/|$)/g, '/{id}')
  const ids = (records: readonly unknown[]) =>
    records.map(ownerOf).filter((id): id is string => typeof id === 'string')
  if (quick) {
    noteWellFormed(() => ids(quick.data), list)
    return quick.data
  }
  if (!Array.isArray(body)) return checked(body, arrayOf(itemSchema), response.status, path)
  const items: T[] = []
  const malformed = new Map<string, string>()
  for (const record of body as unknown[]) {
    const result = itemSchema.safeParse(record)
    if (result.success) {
      items.push(result.data)
      continue
    }
    const owner = ownerOf(record)
    const issue = result.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    if (typeof owner === 'string')
      malformed.set(owner, `${where}${issue?.message ?? 'invalid shape'}`)
  }
  // An owner with one record whole and another not (an app's two newest releases) is malformed.
  noteWellFormed(() => ids(items).filter((id) => !malformed.has(id)), list)
  for (const [owner, problem] of malformed) noteMalformed(owner, list, problem)
  return items
}

export async function requestJson<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  options?: RequestOptions,
): Promise<T> {
  return parseBody(await request(path, options), schema, path)
}

/**
 * Every page of a Range-paged list: Heroku answers 206 with `Next-Range` while more remain, and the
 * next request sends that value back as `Range`.
 */
export async function requestAllPages<T>(
  path: string,
  itemSchema: z.ZodMiniType<T>,
  options: RequestOptions & { range: string },
): Promise<T[]> {
  const items: T[] = []
  let range: string | null = options.range
  while (range) {
    const response: Response = await request(path, { ...options, range })
    const page = await parseListBody(response, itemSchema, path)
    items.push(...page)
    range = response.status === 206 ? response.headers.get('Next-Range') : null
  }
  return items
}

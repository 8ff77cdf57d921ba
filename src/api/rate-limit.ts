/**
 * Heroku's request budget, as its answers tell it: each carries `RateLimit-Remaining`, and an
 * empty pool answers 429 until tokens come back (about 75 a minute, 4,500 at most). Polling and
 * background refreshes ask `politeInterval` how often they may run; the header shows the budget
 * when it runs low, and the wait after a 429.
 */
export interface RateBudget {
  /** tokens left as of the last answer from the Platform API; null before the first */
  remaining: number | null
  /** after a 429: no request goes out before this time (ms since the epoch) */
  waitUntil: number | null
  /** the 429's own words, for a request refused while waiting */
  reason: string
}

let budget: RateBudget = { remaining: null, waitUntil: null, reason: '' }
const listeners = new Set<() => void>()

/** The budget as last seen, for `useSyncExternalStore` (the API layer keeps no UI helpers). */
export const rateBudget = {
  get: () => budget,
  set: (next: RateBudget) => {
    budget = next
    for (const listener of listeners) listener()
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
}

/** Below this the header shows the budget and refreshes slow down: about a tenth of the pool. */
export const LOW_BUDGET = 500
/** Below this refreshes slow down again: a poll a second would otherwise empty it in minutes. */
const VERY_LOW_BUDGET = 100

/**
 * After a 429 without `Retry-After` (Heroku documents none), wait a minute: about 75 tokens come
 * back in that time, enough for the board to read itself again without tripping the limit.
 */
const RATE_LIMIT_WAIT_MS = 60_000

export function noteRemaining(header: string | null) {
  if (header === null) return
  const remaining = Number.parseInt(header, 10)
  if (Number.isNaN(remaining)) return
  const current = rateBudget.get()
  if (current.remaining !== remaining) rateBudget.set({ ...current, remaining })
}

/** A 429: nothing more is sent until `Retry-After` has passed, or a minute without one. */
export function noteRateLimited(reason: string, retryAfter: string | null, now = Date.now()) {
  const seconds = retryAfter === null ? Number.NaN : Number.parseInt(retryAfter, 10)
  const waitMs = Number.isNaN(seconds) ? RATE_LIMIT_WAIT_MS : seconds * 1000
  const waitUntil = now + waitMs
  rateBudget.set({ remaining: 0, waitUntil, reason })
  return waitUntil
}

/** How long a request must still wait after a 429, in ms (0 when it may go). */
export function rateLimitWait(now = Date.now()) {
  const { waitUntil } = rateBudget.get()
  return waitUntil === null ? 0 : Math.max(0, waitUntil - now)
}

export const isBudgetLow = () => {
  const { remaining } = rateBudget.get()
  return remaining !== null && remaining < LOW_BUDGET
}

/**
 * A polling or refresh interval, stretched as the budget runs down: five times slower below
 * LOW_BUDGET, fifteen times below VERY_LOW_BUDGET. A poll a second then costs 12 or 4 requests a
 * minute, less than the 75 that come back, so the budget recovers while a promotion is followed.
 */
export function politeInterval(ms: number) {
  const { remaining } = rateBudget.get()
  if (remaining === null || remaining >= LOW_BUDGET) return ms
  return remaining < VERY_LOW_BUDGET ? ms * 15 : ms * 5
}

/** "14:32:05": when a wait ends, in the person's own clock. */
export const clockTime = (epochMs: number) =>
  new Date(epochMs).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })

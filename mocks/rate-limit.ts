/** Heroku's budget: a pool of 4500 request tokens per account, refilled at about 75 a minute. */
export const RATE_LIMIT_POOL = 4500
const REFILL_PER_MS = 75 / 60_000

export class RateLimiter {
  private tokens: number
  private refilledAt: number
  private readonly now: () => number

  constructor(now: () => number, pool = RATE_LIMIT_POOL) {
    this.now = now
    this.tokens = pool
    this.refilledAt = now()
  }

  private refill() {
    const now = this.now()
    this.tokens = Math.min(RATE_LIMIT_POOL, this.tokens + (now - this.refilledAt) * REFILL_PER_MS)
    this.refilledAt = now
  }

  remaining(): number {
    this.refill()
    return Math.floor(this.tokens)
  }

  /** Spends one token; false when the pool is empty (the caller answers 429). */
  take(): boolean {
    this.refill()
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }

  /** Fault preset: a pool down to `tokens` (a low budget in a test). */
  set(tokens: number): void {
    this.refill()
    this.tokens = Math.max(0, Math.min(RATE_LIMIT_POOL, tokens))
  }

  /**
   * Fault preset: an exhausted pool, and with `forMs`, one that stays empty that long. Refilled
   * at 75 a minute, a pool drained to zero holds a token again within a second: a test that
   * needs the 429 to last (on a busy machine, a click takes that long) asks for the wait.
   */
  drain(forMs = 0): void {
    this.refill()
    this.tokens = -forMs * REFILL_PER_MS
  }
}

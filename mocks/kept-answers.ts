import type { Platform } from './platform/store'

/** An answer as sent: its status, its JSON, its own headers, and once worked out, its bytes. */
export interface KeptAnswer {
  status: number
  text: string
  headers?: Record<string, string> | undefined
  encoded?: { bytes: Uint8Array<ArrayBuffer>; etag: string }
}

/**
 * Answers to reads of the biggest lists, kept while the state they were made from is unchanged.
 * A 2,000-app pipeline's newest releases are 1.3 MB of JSON: building, writing out and hashing
 * them took the sandbox 10 to 15 ms at every read, on the cores the browser it answers shares,
 * and the demo's mock as long on the page's own thread at every refresh of the board. Read again
 * with nothing changed, the same answer is sent: what a server that caches does, with nothing a
 * client could tell apart (the same bytes, the same ETag).
 *
 * Only an answer made from the state and the request alone is kept: one whose making read the
 * clock (a countdown, anything that moves with time) is made again at every read.
 */
export class KeptAnswers {
  #revision = -1
  readonly #answers = new Map<string, KeptAnswer>()

  /** The answer kept for this read, if the state has not changed since it was made. */
  find(platform: Platform, read: string): KeptAnswer | undefined {
    return this.#ofRevision(platform).get(read)
  }

  /** Makes this read's answer, and keeps it unless making it read the clock or changed the state. */
  make(platform: Platform, read: string, make: () => KeptAnswer): KeptAnswer {
    const revision = platform.revision
    platform.clockRead = false
    const answer = make()
    if (!platform.clockRead && platform.revision === revision) {
      this.#ofRevision(platform).set(read, answer)
    }
    return answer
  }

  /** The answers kept for the state as it is now: none once it has changed. */
  #ofRevision(platform: Platform) {
    if (platform.revision !== this.#revision) {
      this.#answers.clear()
      this.#revision = platform.revision
    }
    return this.#answers
  }
}

/** What an answer may depend on besides the state: who asks, for what, and which page. */
export function readKey(request: Request, caller: string | null): string {
  const { headers } = request
  return [caller ?? '~', request.url, headers.get('Range') ?? '', headers.get('Accept') ?? ''].join(
    '\n',
  )
}

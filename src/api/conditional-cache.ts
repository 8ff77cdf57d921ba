/**
 * Heroku's answers carry an `ETag`: a read asked again sends it back as `If-None-Match`, and an
 * unchanged answer comes back as an empty 304, replayed here from the copy kept of the first.
 * Kept in memory only, for the key it was read with, within a bounded size.
 */

interface KeptAnswer {
  etag: string
  status: number
  body: string
  headers: [string, string][]
}

/** Enough for a board's lists and its visible cards, twice over. */
const MAX_ANSWERS = 400
/** In characters, all answers together: the demo's 2,000-app lists fit several times. */
const MAX_TOTAL_CHARS = 20_000_000
/** The headers a replayed answer needs: paging. */
const REPLAYED_HEADERS = ['Content-Range', 'Next-Range', 'Accept-Ranges']

const kept = new Map<string, KeptAnswer>()
let totalChars = 0
/** Goes up when answers are forgotten: a copy still being read for the last key is dropped. */
let generation = 0
/** Copies being read: a test waits for them. */
const reading = new Set<Promise<void>>()
/** Off once a conditional read failed on the network (a CORS preflight refusing the header). */
let enabled = true

function drop(key: string) {
  const answer = kept.get(key)
  if (!answer) return
  totalChars -= answer.body.length
  kept.delete(key)
}

/** The `If-None-Match` to send for this read, if an answer to it is kept. */
export function etagFor(key: string) {
  return enabled ? kept.get(key)?.etag : undefined
}

/** Keeps a successful answer that has an ETag; reads a copy, so the caller's body is untouched. */
export function keepAnswer(key: string, response: Response) {
  const etag = response.headers.get('ETag')
  if (!enabled || !etag) return
  const headers = REPLAYED_HEADERS.flatMap((name): [string, string][] => {
    const value = response.headers.get(name)
    return value === null ? [] : [[name, value]]
  })
  const { status } = response
  const readFor = generation
  const copy = response.clone()
  // Read once the page is idle: a board's 1.3 MB list read twice over holds back its first paint.
  const read = new Promise((idle) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(idle, { timeout: 1000 })
      : setTimeout(idle, 0),
  )
    .then(() => copy.text())
    .then((body) => {
      if (readFor !== generation) return
      drop(key)
      if (body.length > MAX_TOTAL_CHARS / 4) return
      kept.set(key, { etag, status, body, headers })
      totalChars += body.length
      // The oldest answers go first (a Map iterates in insertion order).
      while (kept.size > MAX_ANSWERS || totalChars > MAX_TOTAL_CHARS) {
        drop(kept.keys().next().value ?? '')
      }
    })
    .catch(() => drop(key))
    .finally(() => reading.delete(read))
  reading.add(read)
}

/** The kept answer a 304 to `etag` stands for, as a fresh response; undefined when none is. */
export function replayAnswer(key: string, etag: string): Response | undefined {
  const answer = kept.get(key)
  if (answer?.etag !== etag) return undefined
  return new Response(answer.body, {
    status: answer.status,
    headers: [...answer.headers, ['Content-Type', 'application/json']],
  })
}

/** Another key, another account: nothing read with the last one is replayed. */
export function forgetAnswers() {
  generation += 1
  kept.clear()
  totalChars = 0
}

/**
 * A read sent with `If-None-Match` failed on the network: a browser's CORS preflight refuses a
 * header the API does not allow. Reads go on unconditionally for the rest of the visit.
 */
export function stopConditionalReads() {
  enabled = false
  forgetAnswers()
}

/** Resolves once every copy under way is kept (tests). */
export const answersKept = () => Promise.all([...reading]).then(() => undefined)

/**
 * Heroku's answers carry an `ETag`: a read asked again sends it back as `If-None-Match`, and an
 * unchanged answer comes back as an empty 304, replayed here from the text kept of the first.
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
/** Goes up when answers are forgotten: a body still being read for the last key is not kept. */
let generation = 0
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

/** What is known of an answer to keep before its body is read: the body comes with the read. */
interface AnswerToKeep {
  key: string
  etag: string
  status: number
  headers: [string, string][]
  generation: number
}

/** Answers whose body is yet to be read, to be kept when it is (see `keepBody`). */
const toKeep = new WeakMap<Response, AnswerToKeep>()

/**
 * Marks a successful answer that has an ETag to be kept once its body is read: the body is read
 * once, by whoever parses it, and that text is kept. A copy read beside it would read a board's
 * 1.3 MB list twice over.
 */
export function keepOnRead(key: string, response: Response) {
  const etag = response.headers.get('ETag')
  if (!enabled || !etag) return
  const headers = REPLAYED_HEADERS.flatMap((name): [string, string][] => {
    const value = response.headers.get(name)
    return value === null ? [] : [[name, value]]
  })
  toKeep.set(response, { key, etag, status: response.status, headers, generation })
}

/** Keeps the body of an answer marked by `keepOnRead`, as read; nothing for any other answer. */
export function keepBody(response: Response, body: string) {
  const answer = toKeep.get(response)
  toKeep.delete(response)
  if (!answer || answer.generation !== generation) return
  const { key, etag, status, headers } = answer
  drop(key)
  if (body.length > MAX_TOTAL_CHARS / 4) return
  kept.set(key, { etag, status, body, headers })
  totalChars += body.length
  // The oldest answers go first (a Map iterates in insertion order).
  while (kept.size > MAX_ANSWERS || totalChars > MAX_TOTAL_CHARS) {
    drop(kept.keys().next().value ?? '')
  }
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

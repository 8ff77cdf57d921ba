/**
 * Heroku's answers carry an `ETag`: a read asked again sends it back as `If-None-Match`, and an
 * unchanged answer comes back as an empty 304, replayed here from the copy kept of the first.
 * Kept in memory only, for the key it was read with, and for a bounded number of answers.
 */

interface KeptAnswer {
  etag: string
  status: number
  body: string
  headers: [string, string][]
}

/** Enough for a board's lists and its visible cards, twice over. */
const MAX_ANSWERS = 400
/** A larger answer is read again in full rather than kept (the demo's 2,000-app lists fit). */
const MAX_BODY_CHARS = 4_000_000
/** The headers a replayed answer needs: paging. */
const REPLAYED_HEADERS = ['Content-Range', 'Next-Range', 'Accept-Ranges']

const kept = new Map<string, KeptAnswer>()

/** The `If-None-Match` to send for this read, if an answer to it is kept. */
export function etagFor(key: string) {
  return kept.get(key)?.etag
}

/** Keeps a successful answer that has an ETag; reads a copy, so the caller's body is untouched. */
export function keepAnswer(key: string, response: Response) {
  const etag = response.headers.get('ETag')
  if (!etag) return
  const headers = REPLAYED_HEADERS.flatMap((name): [string, string][] => {
    const value = response.headers.get(name)
    return value === null ? [] : [[name, value]]
  })
  const { status } = response
  void response
    .clone()
    .text()
    .then((body) => {
      kept.delete(key)
      if (body.length > MAX_BODY_CHARS) return
      kept.set(key, { etag, status, body, headers })
      // The oldest answer goes first (a Map iterates in insertion order).
      if (kept.size > MAX_ANSWERS) kept.delete(kept.keys().next().value ?? '')
    })
    .catch(() => kept.delete(key))
}

/** The kept answer a 304 stands for, as a fresh response; undefined when none is kept. */
export function replayAnswer(key: string): Response | undefined {
  const answer = kept.get(key)
  if (!answer) return undefined
  return new Response(answer.body, {
    status: answer.status,
    headers: [...answer.headers, ['Content-Type', 'application/json']],
  })
}

/** Another key, another account: nothing read with the last one is replayed. */
export function forgetAnswers() {
  kept.clear()
}

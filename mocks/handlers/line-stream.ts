/**
 * A stream of timed lines as `text/plain`, as Heroku serves its output streams (release phase,
 * test nodes): the lines already printed at once, then each as its time comes, and the end of the
 * stream after the last. A client that lost the stream resumes it with `Range: bytes=N-`.
 */
import { HttpResponse } from 'msw'
import type { Platform } from '../platform/store'
import type { TimedLine } from '../platform/test-output'

/** How often a running stream looks at the platform's clock: often enough to print on time. */
const TICK_MS = 100

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms))

/** `bytes=N-` → N; anything else is read from the start. */
const offsetOf = (range: string | null) => Number(/^bytes=(\d+)-$/.exec(range ?? '')?.[1] ?? 0)

export const noStream = (what: string) =>
  new HttpResponse(`No ${what} stream here.\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

export function streamLines(request: Request, platform: Platform, lines: readonly TimedLine[]) {
  const encoder = new TextEncoder()
  let skip = offsetOf(request.headers.get('Range'))
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const line of lines) {
        while (line.at > platform.now()) {
          if (request.signal.aborted) return controller.close()
          await sleep(Math.min(TICK_MS, line.at - platform.now()))
        }
        const bytes = encoder.encode(`${line.text}\n`)
        if (skip >= bytes.length) skip -= bytes.length
        else {
          controller.enqueue(bytes.subarray(skip))
          skip = 0
        }
      }
      controller.close()
    },
  })
  // A resumed read is partial content: 206, from the byte asked (its end is not known yet).
  const resumed = offsetOf(request.headers.get('Range')) > 0
  return new HttpResponse(body, {
    status: resumed ? 206 : 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
}

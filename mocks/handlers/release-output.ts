/**
 * Release output streams (`output_stream_url`), served as `text/plain` as Heroku's are: the lines
 * already printed at once, then each as its time comes, and the end of the stream when the
 * release command ends. A client that lost the stream resumes it with `Range: bytes=N-`, as the
 * schema says. No key is asked: the address itself is the secret, as on Heroku.
 */
import { HttpResponse } from 'msw'
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { applyFault } from '../http'
import { releaseOutput } from '../platform/release-output'
import { RELEASE_OUTPUT } from '../platform/store'

/** How often a running stream looks at the platform's clock: often enough to print on time. */
const TICK_MS = 100

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms))

/** `bytes=N-` → N; anything else is read from the start. */
const offsetOf = (range: string | null) => Number(/^bytes=(\d+)-$/.exec(range ?? '')?.[1] ?? 0)

export function releaseOutputHandlers(backend: MockBackend) {
  return [
    http.get(`${RELEASE_OUTPUT}/streams/:release`, async ({ request, params }) => {
      const faulted = await applyFault(backend.faults.take(request))
      if (faulted) return faulted
      const output = await backend.transact(() => {
        const { platform } = backend
        const release = Object.values(platform.state.releases)
          .flat()
          .find((r) => r.id === params.release)
        return release && releaseOutput(platform, release)
      })
      if (!output) {
        return new HttpResponse('No release output stream here.\n', {
          status: 404,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        })
      }
      const { platform } = backend
      const encoder = new TextEncoder()
      let skip = offsetOf(request.headers.get('Range'))
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          for (const line of output.lines) {
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
    }),
  ]
}

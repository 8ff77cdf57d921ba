import { QueryClient } from '@tanstack/react-query'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { releaseOutputQueries, RELEASE_OUTPUT_ORIGIN } from './release-output'

const URL_OF_STREAM = `${RELEASE_OUTPUT_ORIGIN}/streams/0f1e2d3c`
const WHOLE = 'Running migrations…\nmigrated\nAll migrations ran.\n'
const BYTES = new TextEncoder().encode(WHOLE)
/** Where the first read breaks off: inside "…", a character of three bytes. */
const BREAK = WHOLE.indexOf('…') + 1

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** The first read sends the first `BREAK` bytes, then the connection drops. */
const breakingOff = () => {
  let pulls = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1
      if (pulls === 1) return controller.enqueue(BYTES.subarray(0, BREAK))
      // A moment later, once the first bytes are read: MSW passes the body on through a pipe,
      // and an error at once would take the bytes still in it along.
      return new Promise<void>((done) =>
        setTimeout(() => {
          controller.error(new TypeError('network connection lost'))
          done()
        }, 20),
      )
    },
  })
}

/** A stream server: `resume` answers a read that sends `Range`. */
function serve(resume: (from: number) => Response) {
  const ranges: (string | null)[] = []
  server.use(
    http.get(URL_OF_STREAM, ({ request }) => {
      const range = request.headers.get('Range')
      ranges.push(range)
      if (!range) return new HttpResponse(breakingOff())
      return resume(Number(/bytes=(\d+)-/.exec(range)?.[1]))
    }),
  )
  return ranges
}

const read = () => new QueryClient().fetchQuery(releaseOutputQueries.of(URL_OF_STREAM))

describe('reading a release log', () => {
  it('takes up a stream that broke off where it stopped, mid-character too', async () => {
    const ranges = serve((from) => new HttpResponse(BYTES.subarray(from), { status: 206 }))
    expect(await read()).toEqual({ text: WHOLE, complete: true })
    expect(ranges).toEqual([null, `bytes=${BREAK}-`])
  })

  it('skips what it has already shown when the server answers the resumed read whole', async () => {
    serve(() => new HttpResponse(BYTES))
    expect(await read()).toEqual({ text: WHOLE, complete: true })
  })

  it('ends when nothing is left to resume (416)', async () => {
    serve(() => new HttpResponse(null, { status: 416 }))
    // What came, to its last byte: the character it broke inside shows as one that could not be read.
    expect(await read()).toEqual({
      text: `${WHOLE.slice(0, WHOLE.indexOf('…'))}\uFFFD`,
      complete: true,
    })
  })

  it("fails with Heroku's answer, and reads no other host", async () => {
    server.use(
      http.get(URL_OF_STREAM, () => new HttpResponse('Stream expired.\n', { status: 410 })),
    )
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    await expect(
      client.fetchQuery({ ...releaseOutputQueries.of(URL_OF_STREAM), retry: false }),
    ).rejects.toThrow("Heroku's release log answered 410: Stream expired.")
    await expect(
      client.fetchQuery({
        ...releaseOutputQueries.of('https://collector.example.com/streams/1'),
        retry: false,
      }),
    ).rejects.toThrow(
      'The release log is at collector.example.com, which Stageboard does not read from.',
    )
  })
})

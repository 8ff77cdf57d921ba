/**
 * A release command's output, read as Heroku writes it: `output_stream_url` is plain text that
 * grows while the command runs and ends with it. Read with TanStack Query's streamed query, so
 * the lines show as they come, and a finished output (which never changes) is read once.
 */
import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query'
import { releaseOutputKeys } from './keys'

/** The host Heroku streams release output from (the schema's own example); nothing else is read. */
export const RELEASE_OUTPUT_ORIGIN = 'https://release-output.heroku.com'

/** How many times a stream that broke off is taken up again where it stopped. */
const RESUMES = 3

/** The output so far, and whether the stream has ended (a read cut short has not). */
export interface ReleaseOutput {
  text: string
  complete: boolean
}

type Piece = { text: string } | { end: true }

function checkedUrl(streamUrl: string) {
  const url = new URL(streamUrl)
  if (url.origin !== RELEASE_OUTPUT_ORIGIN) {
    throw new Error(`The release log is at ${url.host}, which Stageboard does not read from.`)
  }
  return url
}

async function refusal(response: Response) {
  const said = (await response.text().catch(() => '')).trim()
  return new Error(
    `Heroku's release log answered ${response.status}${said ? `: ${said}` : ''}`.slice(0, 300),
  )
}

/**
 * The output, piece by piece, then its end. No key is sent: the address is the secret, and the
 * stream is not the Platform API's. A stream that breaks off is resumed from the bytes already
 * read (`Range`, as the schema says), a few times before the failure is the reader's. Bytes are
 * counted as they arrive, before decoding; a server that answers a resumed read whole (200, not
 * 206) has the part already shown skipped, and one with nothing left (416) has ended.
 */
async function* readReleaseOutput(streamUrl: string, signal: AbortSignal): AsyncGenerator<Piece> {
  const url = checkedUrl(streamUrl)
  const decoder = new TextDecoder()
  let received = 0
  for (let attempt = 0; ; attempt += 1) {
    const resuming = received > 0
    const response = await fetch(url, {
      signal,
      headers: resuming ? { Range: `bytes=${received}-` } : {},
    })
    if (resuming && response.status === 416) break
    if (!response.ok || !response.body) throw await refusal(response)
    let skip = resuming && response.status !== 206 ? received : 0
    const reader = response.body.getReader()
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        let bytes = next.value
        if (skip > 0) {
          const dropped = Math.min(skip, bytes.length)
          skip -= dropped
          bytes = bytes.subarray(dropped)
        }
        received += bytes.length
        const text = decoder.decode(bytes, { stream: true })
        if (text) yield { text }
      }
      break
    } catch (error) {
      if (signal.aborted || attempt >= RESUMES) throw error
    }
  }
  const rest = decoder.decode()
  if (rest) yield { text: rest }
  yield { end: true }
}

export const releaseOutputQueries = {
  of: (streamUrl: string) =>
    queryOptions({
      queryKey: releaseOutputKeys.of(streamUrl),
      queryFn: streamedQuery<Piece, ReleaseOutput, ReturnType<typeof releaseOutputKeys.of>>({
        streamFn: ({ signal }) => readReleaseOutput(streamUrl, signal),
        reducer: (output: ReleaseOutput, piece: Piece): ReleaseOutput =>
          'end' in piece
            ? { ...output, complete: true }
            : { ...output, text: output.text + piece.text },
        initialValue: { text: '', complete: false },
      }),
      // A finished output never changes. One cut short (the log closed while it ran) is read
      // again from the start when shown next.
      staleTime: (query) => (query.state.data?.complete ? Infinity : 0),
      retry: 1,
    }),
}

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

function checkedUrl(streamUrl: string) {
  const url = new URL(streamUrl)
  if (url.origin !== RELEASE_OUTPUT_ORIGIN) {
    throw new Error(`The release log is at ${url.host}, which Stageboard does not read from.`)
  }
  return url
}

/**
 * The output, chunk by chunk. No key is sent: the address is the secret, and the stream is not the
 * Platform API's. A stream that breaks off is resumed from the bytes already read (`Range`, as
 * the schema says), a few times before the failure is the reader's.
 */
async function* readReleaseOutput(streamUrl: string, signal: AbortSignal): AsyncGenerator<string> {
  const url = checkedUrl(streamUrl)
  const encoder = new TextEncoder()
  let received = 0
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(url, {
      signal,
      headers: received > 0 ? { Range: `bytes=${received}-` } : {},
    })
    if (!response.ok || !response.body) {
      const said = (await response.text().catch(() => '')).trim()
      throw new Error(
        `Heroku's release log answered ${response.status}${said ? `: ${said}` : ''}`.slice(0, 300),
      )
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        received += encoder.encode(next.value).length
        yield next.value
      }
      return
    } catch (error) {
      if (signal.aborted || attempt >= RESUMES) throw error
    }
  }
}

export const releaseOutputQueries = {
  /** The whole output so far, as one text. */
  of: (streamUrl: string) =>
    queryOptions({
      queryKey: releaseOutputKeys.of(streamUrl),
      queryFn: streamedQuery({
        streamFn: ({ signal }) => readReleaseOutput(streamUrl, signal),
        reducer: (text: string, chunk: string) => text + chunk,
        initialValue: '',
      }),
      // A finished output never changes; a running one is read to its end.
      staleTime: Infinity,
      retry: 1,
    }),
}

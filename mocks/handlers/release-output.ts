/**
 * Release output streams (`output_stream_url`), served as `text/plain` as Heroku's are: the lines
 * already printed at once, then each as its time comes, and the end of the stream when the
 * release command ends. A client that lost the stream resumes it with `Range: bytes=N-`, as the
 * schema says. No key is asked: the address itself is the secret, as on Heroku.
 */
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { applyFault } from '../http'
import { releaseOutput } from '../platform/release-output'
import { RELEASE_OUTPUT } from '../platform/store'
import { noStream, streamLines } from './line-stream'

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
      if (!output) return noStream('release output')
      return streamLines(request, backend.platform, output.lines)
    }),
  ]
}

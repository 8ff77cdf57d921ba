/**
 * Source code for builds: Kolkrabbi's links to GitHub archives of a commit, `POST /sources` for
 * a tarball the client uploads, and the two stores behind them (GitHub's codeload and S3 on
 * Heroku), which the mock serves on its output host. `heroku ci:run` and `ci:rerun` upload or
 * link the source of a test run; `pipelines:setup` builds its apps from an archive.
 */
import { HttpResponse } from 'msw'
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { herokuRoute, HEROKU_API, KOLKRABBI_API, reply } from '../http'
import { notFound } from '../platform/errors'
import { archiveLink, archivedCommit, newSource, resolveRef } from '../platform/sources'
import { RELEASE_OUTPUT } from '../platform/store'
import { kolkrabbiRoute } from './github'

/**
 * Uploads are kept in memory, not with the platform's state: they are the client's bytes, which
 * the mock never reads, and a restart may forget them. The newest few are kept, each only where
 * `POST /sources` said to put it, and none over 100 MB (the mock's limit: the sandbox is
 * reachable by anything on the machine; Heroku's own limit for a source upload is not documented).
 */
const KEPT_UPLOADS = 20
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024

/** An empty tar (two zero blocks), gzipped: what an archive of a commit holds, as far as the mock knows. */
async function emptyTarball() {
  const gzipped = new Blob([new Uint8Array(1024)])
    .stream()
    .pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(gzipped).arrayBuffer())
}

const tarball = (bytes: Uint8Array | null, method: string) =>
  new HttpResponse(method === 'HEAD' ? null : bytes, {
    status: 200,
    headers: {
      'Content-Type': 'application/x-gzip',
      'Content-Length': String(bytes?.byteLength ?? 0),
    },
  })

const missing = () => new HttpResponse('Not Found', { status: 404 })

export function sourceHandlers(backend: MockBackend) {
  const uploads = new Map<string, Uint8Array>()
  /** the files `POST /sources` has handed out: an upload goes only where it was told to */
  const issued = new Set<string>()

  const readArchive = async ({ request }: { request: Request }) => {
    const named = archivedCommit(request.url)
    const known = await backend.transact(
      () => named && backend.platform.state.repos[named.repo]?.[named.sha],
    )
    return known ? tarball(await emptyTarball(), request.method) : missing()
  }
  const readUpload = ({ request, params }: { request: Request; params: { file?: string } }) => {
    const bytes = uploads.get(String(params.file))
    return bytes ? tarball(bytes, request.method) : missing()
  }

  return [
    http.post(
      `${HEROKU_API}/sources`,
      herokuRoute(backend, ({ platform }) => {
        const source = newSource(platform)
        issued.add(source.source_blob.put_url.split('/').at(-1) ?? '')
        return reply(source, 201)
      }),
    ),
    // A link to an archive of a branch's head or a commit; 404 for one the repository lacks.
    // Heroku's answer when no GitHub account is linked is not documented: 404, as the token's.
    http.get(
      `${KOLKRABBI_API}/github/repos/:owner/:repo/tarball/:ref`,
      kolkrabbiRoute(backend, ({ params }) => {
        const { platform } = backend
        const repo = `${String(params.owner)}/${String(params.repo)}`
        const sha = backend.linkedGithubToken
          ? resolveRef(platform, repo, String(params.ref))
          : undefined
        if (!sha) throw notFound('commit')
        return HttpResponse.json({ archive_link: archiveLink(platform, repo, sha) })
      }),
    ),
    http.get(`${RELEASE_OUTPUT}/github-archives/:owner/:repo/:file`, readArchive),
    http.head(`${RELEASE_OUTPUT}/github-archives/:owner/:repo/:file`, readArchive),
    http.put(`${RELEASE_OUTPUT}/source-blobs/:file`, async ({ request, params }) => {
      const file = String(params.file)
      // As S3 answers an upload to an address it did not sign, or too large.
      if (!issued.has(file)) return new HttpResponse('Forbidden', { status: 403 })
      if (Number(request.headers.get('Content-Length') ?? 0) > MAX_UPLOAD_BYTES) {
        return new HttpResponse('EntityTooLarge', { status: 400 })
      }
      const bytes = new Uint8Array(await request.arrayBuffer())
      if (bytes.byteLength > MAX_UPLOAD_BYTES)
        return new HttpResponse('EntityTooLarge', { status: 400 })
      uploads.set(file, bytes)
      for (const oldest of uploads.keys()) {
        if (uploads.size <= KEPT_UPLOADS) break
        uploads.delete(oldest)
      }
      return new HttpResponse(null, { status: 200 })
    }),
    http.get(`${RELEASE_OUTPUT}/source-blobs/:file`, readUpload),
    http.head(`${RELEASE_OUTPUT}/source-blobs/:file`, readUpload),
  ]
}

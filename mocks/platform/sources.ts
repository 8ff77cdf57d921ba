/**
 * Where source code comes from when Heroku builds it: a GitHub archive of a commit (Kolkrabbi's
 * `GET /github/repos/{repo}/tarball/{ref}`, used by `pipelines:setup` and `ci:run`) or a tarball
 * the client uploads (`POST /sources`). Heroku's archive links point at GitHub's codeload; the
 * mock's point at its own output host, which a sandbox serves at its own address, and name the
 * commit, so what is built from one is known.
 */
import { branchHead } from './branches'
import type { Platform } from './store'

const ARCHIVE_PATH = /\/github-archives\/([^/]+)\/([^/]+)\/([0-9a-f]{40})\.tar\.gz$/

/** The commit a ref names in a repository: a branch's head or a full SHA the repository has. */
export function resolveRef(platform: Platform, repo: string, ref: string): string | undefined {
  const commits = platform.state.repos[repo]
  if (!commits) return undefined
  return branchHead(platform.state, repo, ref) ?? (commits[ref] ? ref : undefined)
}

export const archiveLink = (platform: Platform, repo: string, sha: string) =>
  `${platform.secureOutputOrigin}/github-archives/${repo}/${sha}.tar.gz`

/** The repository and commit an archive link names, or null for any other source. */
export function archivedCommit(url: string): { repo: string; sha: string } | null {
  const match = ARCHIVE_PATH.exec(url.split('?')[0] ?? '')
  if (!match) return null
  return { repo: `${match[1]}/${match[2]}`, sha: match[3]! }
}

/** `POST /sources`: where to upload a tarball and where the build will read it. */
export function newSource(platform: Platform) {
  const url = `${platform.secureOutputOrigin}/source-blobs/${platform.newId()}.tar.gz`
  return { source_blob: { get_url: url, put_url: url } }
}

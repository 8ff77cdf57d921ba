/**
 * The two services outside the Platform API that drift needs: Kolkrabbi (which GitHub repository
 * an app deploys from) and GitHub's compare. Neither uses Heroku's Accept header; GitHub's errors
 * are `{message, documentation_url}`.
 */
import { HttpResponse, delay, type PathParams } from 'msw'
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { callerOf, GITHUB_API, KOLKRABBI_API, lacksValidKey, UNAUTHORIZED } from '../http'
import { PlatformError } from '../platform/errors'
import { openPullRequests } from '../platform/branches'
import {
  connectPipeline,
  pipelineRepo,
  repoId,
  setPipelineCi,
  updateAppGithubLink,
} from '../platform/connections'
import { compareCommits } from '../platform/git'
import { findApp } from '../platform/store'
import type { CommitRecord, PullRequestRecord } from '../platform/types'
import { toGithubLink, toPipelineRepository } from '../platform/wire'

const COMPARE_DOCS = 'https://docs.github.com/rest/commits/commits#compare-two-commits'

const githubNotFound = () =>
  HttpResponse.json(
    { message: 'Not Found', documentation_url: COMPARE_DOCS, status: '404' },
    { status: 404 },
  )

/**
 * GitHub's answer to a request for a private repository's data: 401 to a token it does not know,
 * 404 without one (it does not say that a private repository exists). Null when it may go on.
 */
function githubRefusal(backend: MockBackend, request: Request) {
  if (!backend.githubTokens) return null
  const match = /^(?:token|Bearer) (\S+)$/i.exec(request.headers.get('Authorization') ?? '')
  if (!match?.[1]) return githubNotFound()
  if (backend.githubTokens.has(match[1])) return null
  return HttpResponse.json(
    {
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    },
    { status: 401 },
  )
}

async function faultFor(backend: MockBackend, request: Request) {
  const fault = backend.faults.take(request)
  if (!fault) return undefined
  if (fault.delayMs) await delay(fault.delayMs)
  if (fault.error) {
    return HttpResponse.json(
      { message: fault.error.message, id: fault.error.id },
      { status: fault.error.status },
    )
  }
  return fault.delayMs ? undefined : HttpResponse.error()
}

/**
 * Kolkrabbi's conventions: faults as the tests set them, the same Heroku key as the API, acting
 * as the key's owner, and the platform's refusals in the Platform API's shape (`{id, message}`).
 */
export function kolkrabbiRoute(
  backend: MockBackend,
  resolve: (args: { request: Request; params: PathParams; body: unknown }) => Response,
) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    const faulted = await faultFor(backend, request)
    if (faulted) return faulted
    if (lacksValidKey(backend, request)) {
      return HttpResponse.json(UNAUTHORIZED, { status: 401 })
    }
    const body: unknown =
      request.method === 'GET' ? undefined : await request.json().catch(() => ({}))
    try {
      return await backend.transact(() =>
        backend.platform.actingAs(callerOf(backend.platform, request), () =>
          resolve({ request, params, body }),
        ),
      )
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error
      return HttpResponse.json({ id: error.id, message: error.message }, { status: error.status })
    }
  }
}

function toGithubCommit(repo: string, commit: CommitRecord) {
  const person = { ...commit.author }
  return {
    sha: commit.sha,
    html_url: `https://github.com/${repo}/commit/${commit.sha}`,
    commit: { author: person, committer: person, message: commit.message },
    parents: commit.parents.map((sha) => ({
      sha,
      html_url: `https://github.com/${repo}/commit/${sha}`,
    })),
  }
}

/** A pull request in GitHub's shape (`GET /repos/{owner}/{repo}/pulls`), the fields a list shows. */
function toGithubPull(pull: PullRequestRecord, headSha: string | undefined) {
  const url = `https://github.com/${pull.repo}/pull/${pull.number}`
  return {
    number: pull.number,
    title: pull.title,
    state: pull.state,
    draft: false,
    html_url: url,
    user: { login: pull.author },
    head: {
      ref: pull.branch,
      sha: headSha ?? null,
      label: `${pull.repo.split('/')[0]}:${pull.branch}`,
    },
    base: { ref: pull.base },
    created_at: pull.created_at,
    updated_at: pull.updated_at,
  }
}

/**
 * A GitHub route that reads a repository: faults as the tests set them, GitHub's refusals, and
 * 404 for a repository the mock does not hold.
 */
function githubRepoRoute(
  backend: MockBackend,
  resolve: (args: { request: Request; repo: string }) => Response,
) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    const faulted = await faultFor(backend, request)
    if (faulted) return faulted
    const refused = githubRefusal(backend, request)
    if (refused) return refused
    const repo = `${String(params.owner)}/${String(params.repo)}`
    return backend.transact(() =>
      backend.platform.state.repos[repo] ? resolve({ request, repo }) : githubNotFound(),
    )
  }
}

export function githubHandlers(backend: MockBackend) {
  return [
    http.get(
      `${KOLKRABBI_API}/apps/:app/github`,
      kolkrabbiRoute(backend, ({ params }) => {
        const app = findApp(backend.platform, String(params.app))
        if (!app?.repo) {
          return HttpResponse.json({ id: 'not_found', message: 'Not found.' }, { status: 404 })
        }
        return HttpResponse.json(toGithubLink(backend.platform, app))
      }),
    ),

    // Which branch the app deploys from, and whether a push deploys it (`pipelines:setup`, the
    // Settings page).
    http.patch(
      `${KOLKRABBI_API}/apps/:app/github`,
      kolkrabbiRoute(backend, ({ params, body }) => {
        const app = updateAppGithubLink(backend.platform, String(params.app), body)
        return HttpResponse.json(toGithubLink(backend.platform, app))
      }),
    ),

    // The GitHub token Heroku holds for the account (CLI: `pipelines:diff`, REFERENCE §3.3). What
    // Kolkrabbi answers when no GitHub account is linked is not documented: 404, as for an app.
    http.get(
      `${KOLKRABBI_API}/account/github/token`,
      kolkrabbiRoute(backend, () => {
        if (!backend.linkedGithubToken) {
          return HttpResponse.json(
            { id: 'not_found', message: 'No GitHub account is linked to this Heroku account.' },
            { status: 404 },
          )
        }
        return HttpResponse.json({ github: { token: backend.linkedGithubToken } })
      }),
    ),

    // The pipeline's repository (`pipelines:connect`, `reviewapps:enable`; REFERENCE §3.3).
    http.get(
      `${KOLKRABBI_API}/pipelines/:id/repository`,
      kolkrabbiRoute(backend, ({ params }) => {
        const { platform } = backend
        const id = String(params.id)
        return HttpResponse.json(
          toPipelineRepository(pipelineRepo(platform, id), Boolean(platform.state.ciPipelines[id])),
        )
      }),
    ),
    http.patch(
      `${KOLKRABBI_API}/pipelines/:id/repository`,
      kolkrabbiRoute(backend, ({ params, body }) => {
        const { platform } = backend
        const id = String(params.id)
        const ci = setPipelineCi(platform, id, (body as { ci?: unknown } | null)?.ci)
        return HttpResponse.json(toPipelineRepository(pipelineRepo(platform, id), ci))
      }),
    ),
    http.post(
      `${KOLKRABBI_API}/pipelines/:id/repository`,
      kolkrabbiRoute(backend, ({ params, body }) => {
        const repository = (body as { repository?: unknown } | null)?.repository
        const { platform } = backend
        const id = String(params.id)
        const repo = connectPipeline(platform, id, repository)
        return HttpResponse.json(
          toPipelineRepository(repo, Boolean(platform.state.ciPipelines[id])),
          { status: 201 },
        )
      }),
    ),

    // A repository, as `pipelines:connect` looks it up before linking it.
    http.get(`${GITHUB_API}/repos/:owner/:repo`, async ({ request, params }) => {
      const faulted = await faultFor(backend, request)
      if (faulted) return faulted
      const refused = githubRefusal(backend, request)
      if (refused) return refused
      const fullName = `${String(params.owner)}/${String(params.repo)}`
      if (!backend.platform.state.repos[fullName]) return githubNotFound()
      const [owner = '', name = ''] = fullName.split('/')
      return HttpResponse.json({
        id: repoId(fullName),
        name,
        full_name: fullName,
        private: true,
        owner: { login: owner },
        html_url: `https://github.com/${fullName}`,
        default_branch: 'main',
      })
    }),

    // Open pull requests, newest first (the board's "Create review app" lists them). GitHub
    // pages by 30; the mock's repositories hold a handful, so one page says it all.
    http.get(
      `${GITHUB_API}/repos/:owner/:repo/pulls`,
      githubRepoRoute(backend, ({ request, repo }) => {
        const state = new URL(request.url).searchParams.get('state') ?? 'open'
        const { platform } = backend
        const pulls = state === 'closed' ? [] : openPullRequests(platform.state, repo)
        const heads = platform.state.branches[repo] ?? {}
        return HttpResponse.json(pulls.map((pull) => toGithubPull(pull, heads[pull.branch])))
      }),
    ),
    http.get(
      `${GITHUB_API}/repos/:owner/:repo/branches`,
      githubRepoRoute(backend, ({ repo }) => {
        const heads = backend.platform.state.branches[repo] ?? {}
        return HttpResponse.json(
          Object.entries(heads)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, sha]) => ({ name, commit: { sha }, protected: name === 'main' })),
        )
      }),
    ),

    http.get(`${GITHUB_API}/repos/:owner/:repo/compare/:basehead`, async ({ request, params }) => {
      const faulted = await faultFor(backend, request)
      if (faulted) return faulted
      const refused = githubRefusal(backend, request)
      if (refused) return refused
      const fullName = `${String(params.owner)}/${String(params.repo)}`
      const [base = '', head = ''] = String(params.basehead).split('...')
      const comparison = await backend.transact(() => {
        const repo = backend.platform.state.repos[fullName]
        return repo && compareCommits(repo, base, head)
      })
      if (!comparison) return githubNotFound()
      const htmlUrl = `https://github.com/${fullName}/compare/${base}...${head}`
      return HttpResponse.json({
        url: `${GITHUB_API}/repos/${fullName}/compare/${base}...${head}`,
        html_url: htmlUrl,
        permalink_url: htmlUrl,
        base_commit: toGithubCommit(fullName, comparison.base),
        merge_base_commit: comparison.mergeBase
          ? toGithubCommit(fullName, comparison.mergeBase)
          : null,
        status: comparison.status,
        ahead_by: comparison.ahead_by,
        behind_by: comparison.behind_by,
        total_commits: comparison.ahead_by,
        commits: comparison.commits.map((commit) => toGithubCommit(fullName, commit)),
        files: [],
      })
    }),
  ]
}

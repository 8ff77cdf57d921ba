/**
 * GitHub's branches and pull requests, as far as review apps need them: which commit a branch
 * points at, and which pull requests are open. The scenarios name their branches; a save from
 * before branches existed gets them worked out from what it holds (see `fillBranches`).
 */
import type { PlatformState, PullRequestRecord } from './types'

export const pullRequestKey = (repo: string, number: number) => `${repo}#${number}`

/** The commit a branch points at, or undefined when the repository has no such branch. */
export function branchHead(state: PlatformState, repo: string, branch: string) {
  return state.branches[repo]?.[branch]
}

/** A repository's open pull requests, newest first, as GitHub lists them by default. */
export function openPullRequests(state: PlatformState, repo: string): PullRequestRecord[] {
  return Object.values(state.pullRequests)
    .filter((pull) => pull.repo === repo && pull.state === 'open')
    .sort((a, b) => b.number - a.number)
}

/** The commit each app runs now: the slug of its newest succeeded release. */
function runningCommits(state: PlatformState) {
  const running = new Map<string, string>()
  for (const [appId, history] of Object.entries(state.releases)) {
    const release = history.findLast((r) => r.status === 'succeeded')
    const commit = release?.slugId ? state.slugs[release.slugId]?.commit : null
    if (commit) running.set(appId, commit)
  }
  return running
}

/**
 * Fills in the branches and pull requests a scenario or an older save does not state:
 * - `main` of each repository is the newest commit its staging apps run, else its production
 *   apps, else its development apps (which may run a branch), else its newest commit: what went
 *   out came from main, though main may have moved on since;
 * - each review app's branch points at what its app runs, and its pull request is open, titled
 *   with that commit's first line.
 * A review app whose app is gone (errored) gets no branch: its code cannot be found again.
 */
export function fillBranches(state: PlatformState) {
  state.branches ??= {}
  state.pullRequests ??= {}
  const running = runningCommits(state)
  const stageOf = new Map(Object.values(state.couplings).map((c) => [c.appId, c.stage]))
  for (const [repo, commits] of Object.entries(state.repos)) {
    const branches = (state.branches[repo] ??= {})
    if (branches.main) continue
    const runIn = (stage: string) =>
      Object.values(state.apps)
        .filter((app) => app.repo === repo && stageOf.get(app.id) === stage)
        .flatMap((app) => commits[running.get(app.id) ?? ''] ?? [])
    const candidates = [
      ...['staging', 'production', 'development'].map(runIn),
      Object.values(commits),
    ].find((found) => found.length > 0)
    const newest = candidates?.sort((a, b) => b.author.date.localeCompare(a.author.date))[0]
    if (newest) branches.main = newest.sha
  }
  for (const reviewApp of Object.values(state.reviewApps)) {
    const repo = state.pipelineRepos[reviewApp.pipelineId]
    const commit = reviewApp.appId ? running.get(reviewApp.appId) : undefined
    if (!repo || !commit) continue
    const branches = (state.branches[repo] ??= {})
    branches[reviewApp.branch] ??= commit
    if (reviewApp.pr_number === null) continue
    const key = pullRequestKey(repo, reviewApp.pr_number)
    state.pullRequests[key] ??= {
      repo,
      number: reviewApp.pr_number,
      title: state.repos[repo]?.[commit]?.message.split('\n')[0] ?? reviewApp.branch,
      branch: reviewApp.branch,
      base: 'main',
      author: state.users[reviewApp.creatorId]?.email.split('@')[0] ?? 'ghost',
      state: 'open',
      created_at: reviewApp.created_at,
      updated_at: reviewApp.updated_at,
    }
  }
  return state
}

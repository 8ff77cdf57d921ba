/**
 * A push to GitHub, simulated for the demo, and what Heroku Flow does with it: for each pipeline
 * connected to the repository, Heroku CI runs the commit (where CI is on), the apps that deploy
 * the branch build and release it (after CI passes, where they wait for it), and the branch's
 * pull request gets its review app (made when review apps are automatic, else its live one is
 * deployed again, after CI where the pipeline's review apps wait for it). A review app made for
 * a new pull request does not wait for CI: the mock's one deviation from that setting.
 */
import { buildDuration } from './app-builds'
import { scheduleDeploy } from './auto-deploys'
import { branchHead, openPullRequests, pullRequestKey } from './branches'
import { githubLinkOf } from './connections'
import { invalidParams, notFound } from './errors'
import { seededBy } from './random'
import { liveReviewApp, startReviewApp } from './review-apps'
import { archiveLink } from './sources'
import type { Platform } from './store'
import { addTestRun, endOf } from './test-runs'
import type { TestRunRecord } from './types'

export interface PushInput {
  repo: string
  branch: string
  message: string
  /** open a pull request for the branch (one that is not `main` and has none open) */
  openPullRequest?: boolean
  /** the commit breaks a test, so that CI fails on it: to see CI hold a deploy back */
  breaksTests?: boolean
}

/** The test a commit pushed with `breaksTests` fails. */
export const BROKEN_TEST = 'smoke › the change just pushed'

export interface PushReport {
  sha: string
  branch: string
  /** the pull request opened with the push */
  pullRequest: number | null
  /** the CI runs started, by pipeline name */
  testRuns: { pipeline: string; number: number }[]
  /** the apps that deploy it, and whether each waits for CI */
  deploys: { app: string; afterCi: boolean }[]
  /** the branch's review app: made, or deployed again */
  reviewApp: 'created' | 'updated' | null
  /** when all of it will have happened, if it goes well (epoch ms) */
  settlesAt: number
}

/** Git's rules for a branch name, the ones a person is likely to break. */
const BRANCH_PATTERN = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/$|\.lock$|\.$))[A-Za-z0-9._/-]+$/

function checkInput(platform: Platform, input: PushInput) {
  if (!platform.state.repos[input.repo]) throw notFound('repository')
  if (!BRANCH_PATTERN.test(input.branch) || input.branch.startsWith('-')) {
    throw invalidParams(`${input.branch || 'An empty name'} is not a name Git allows for a branch.`)
  }
  if (input.message.trim() === '') throw invalidParams('A commit needs a message.')
  if (!input.openPullRequest) return
  if (input.branch === 'main') throw invalidParams('A pull request cannot merge main into itself.')
  const open = openPullRequests(platform.state, input.repo).find((p) => p.branch === input.branch)
  if (open) throw invalidParams(`${input.branch} already has pull request #${open.number}.`)
}

/** The new commit, on top of the branch's head (of main's, for a new branch). */
function commitTo(platform: Platform, input: PushInput) {
  const { state } = platform
  const parent =
    branchHead(state, input.repo, input.branch) ?? branchHead(state, input.repo, 'main')
  const sha = seededBy(platform.newId()).sha()
  const author = platform.actor()
  state.repos[input.repo]![sha] = {
    sha,
    parents: parent ? [parent] : [],
    author: { name: author.name ?? author.email, email: author.email, date: platform.timestamp() },
    message: input.message.trim(),
    ...(input.breaksTests ? { failingTest: BROKEN_TEST } : {}),
  }
  ;(state.branches[input.repo] ??= {})[input.branch] = sha
  return sha
}

function openPullRequest(platform: Platform, input: PushInput) {
  const { state } = platform
  const number =
    Math.max(
      0,
      ...Object.values(state.pullRequests)
        .filter((pull) => pull.repo === input.repo)
        .map((pull) => pull.number),
    ) + 1
  const at = platform.timestamp()
  state.pullRequests[pullRequestKey(input.repo, number)] = {
    repo: input.repo,
    number,
    title: input.message.trim().split('\n')[0]!,
    branch: input.branch,
    base: 'main',
    author: platform.actor().email.split('@')[0]!,
    state: 'open',
    created_at: at,
    updated_at: at,
  }
  return number
}

/** The push, and everything it sets off. Throws before changing anything when it is refused. */
export function pushCommit(platform: Platform, input: PushInput): PushReport {
  checkInput(platform, input)
  const { state } = platform
  const sha = commitTo(platform, input)
  const pullRequest = input.openPullRequest ? openPullRequest(platform, input) : null
  const report: PushReport = {
    sha,
    branch: input.branch,
    pullRequest,
    testRuns: [],
    deploys: [],
    reviewApp: null,
    settlesAt: platform.now(),
  }
  const settles = (at: number) => (report.settlesAt = Math.max(report.settlesAt, at))
  const build = buildDuration(platform)
  const pipelines = Object.entries(state.pipelineRepos)
    .filter(([, repo]) => repo === input.repo)
    .flatMap(([id]) => state.pipelines[id] ?? [])

  for (const pipeline of pipelines) {
    let run: TestRunRecord | null = null
    if (state.ciPipelines[pipeline.id]) {
      run = addTestRun(state, {
        id: platform.newId(),
        pipelineId: pipeline.id,
        branch: input.branch,
        sha,
        message: input.message.trim(),
        sourceBlobUrl: archiveLink(platform, input.repo, sha),
        userId: platform.actor().id,
        at: platform.now(),
        step: platform.timings.testRunStep,
      })
      report.testRuns.push({ pipeline: pipeline.name, number: run.number })
      settles(endOf(run))
    }
    const couplings = Object.values(state.couplings).filter(
      (c) => c.pipelineId === pipeline.id && c.stage !== 'review',
    )
    for (const coupling of couplings) {
      const app = state.apps[coupling.appId]
      if (!app || app.repo !== input.repo) continue
      const link = githubLinkOf(platform, app)
      if (!link.auto_deploy || link.branch !== input.branch) continue
      const waitFor = link.wait_for_ci ? run : null
      const scheduled = { app, pipelineId: pipeline.id, branch: input.branch, sha }
      scheduleDeploy(platform, scheduled, waitFor)
      report.deploys.push({ app: app.name, afterCi: waitFor !== null })
      const releasePhase = app.releasePhase ? platform.timings.releasePhase : 0
      settles((waitFor ? endOf(waitFor) : platform.now()) + build + releasePhase)
    }
    const config = state.reviewAppConfigs[pipeline.id]
    const pull = openPullRequests(state, input.repo).find((p) => p.branch === input.branch)
    if (!config || config.repo !== input.repo || !pull) continue
    const live = liveReviewApp(platform, pipeline.id, input.branch)
    const liveApp = live?.appId ? state.apps[live.appId] : undefined
    if (live && !liveApp) {
      // Not built yet: it builds the branch's new head instead, when its steps come.
      live.commit = sha
      report.reviewApp = 'updated'
      const { reviewAppStep } = platform.timings
      settles((live.nextStepAt ?? platform.now()) + 2 * reviewAppStep)
    } else if (liveApp) {
      const waitFor = config.wait_for_ci ? run : null
      const scheduled = { app: liveApp, pipelineId: pipeline.id, branch: input.branch, sha }
      scheduleDeploy(platform, scheduled, waitFor)
      report.reviewApp = 'updated'
      settles((waitFor ? endOf(waitFor) : platform.now()) + build)
    } else if (config.automatic_review_apps) {
      startReviewApp(platform, {
        pipelineId: pipeline.id,
        branch: input.branch,
        prNumber: pull.number,
        commit: sha,
      })
      report.reviewApp = 'created'
      settles(platform.now() + 3 * platform.timings.reviewAppStep)
    }
  }
  platform.markDirty()
  return report
}

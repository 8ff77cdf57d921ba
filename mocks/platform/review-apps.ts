/**
 * Review apps: listed, made from a branch of the pipeline's repository, and deleted. Making one
 * takes time, as on Heroku: `pending` (asked for), `creating` (its app exists, coupled to the
 * review stage, and builds), then `created` (released) or `errored` (the build failed, with the
 * build's words). Deleting goes through `deleting` and then the review app and its app are gone.
 * Heroku documents the states, not how long each takes nor every refusal: the mock's choices are
 * said where they are made.
 */
import { requirePipelineManager } from './access'
import { branchHead, openPullRequests } from './branches'
import { conflict, invalidParams, notFound } from './errors'
import { buildAndRelease, createCoupledApp, removeApp } from './app-builds'
import { seededBy } from './random'
import { APP_NAME_PATTERN, requirePipeline, type Platform } from './store'
import type { AppRecord, PipelineRecord, PlatformState, ReviewAppRecord } from './types'

export function pipelineReviewApps(platform: Platform, pipelineId: string): ReviewAppRecord[] {
  return Object.values(platform.state.reviewApps).filter((r) => r.pipelineId === pipelineId)
}

export function requireReviewApp(platform: Platform, id: string): ReviewAppRecord {
  const reviewApp = platform.state.reviewApps[id]
  if (!reviewApp) throw notFound('review app')
  return reviewApp
}

export function reviewAppOfApp(platform: Platform, appId: string): ReviewAppRecord {
  const reviewApp = Object.values(platform.state.reviewApps).find((r) => r.appId === appId)
  if (!reviewApp) throw notFound('review app')
  return reviewApp
}

/** States in which a review app still holds its branch: a second one for it is refused. */
const LIVE: ReadonlySet<ReviewAppRecord['status']> = new Set(['pending', 'creating', 'created'])

/**
 * `POST /review-apps {branch, pipeline, source_blob, pr_number?}`. The mock's rules, where Heroku
 * documents none: review apps must be enabled on the pipeline (422), the branch must exist in its
 * repository (422, checked as `heroku reviewapps:create` checks it first), one review app per
 * branch at a time (409), and the caller must be able to manage the pipeline (403). Without a
 * `pr_number`, the branch's open pull request is the review app's, if it has one.
 */
export function createReviewApp(platform: Platform, body: Record<string, unknown>) {
  const pipelineId = typeof body.pipeline === 'string' ? body.pipeline : ''
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  requirePipelineManager(platform, pipeline)
  const config = platform.state.reviewAppConfigs[pipeline.id]
  if (!config) throw invalidParams(`Review apps are not enabled for the ${pipeline.name} pipeline.`)
  const branch = typeof body.branch === 'string' ? body.branch.trim() : ''
  if (branch === '') throw invalidParams('branch is required.')
  const commit = branchHead(platform.state, config.repo, branch)
  if (!commit) throw invalidParams(`There is no branch ${branch} in ${config.repo}.`)
  const taken = liveReviewApp(platform, pipeline.id, branch)
  if (taken) throw conflict(`There is already a review app for ${branch}.`)
  const pull = openPullRequests(platform.state, config.repo).find((p) => p.branch === branch)
  const prNumber = typeof body.pr_number === 'number' ? body.pr_number : (pull?.number ?? null)
  return startReviewApp(platform, { pipelineId: pipeline.id, branch, prNumber, commit })
}

/** A live review app of the pipeline's branch, if it has one. */
export const liveReviewApp = (platform: Platform, pipelineId: string, branch: string) =>
  pipelineReviewApps(platform, pipelineId).find((r) => r.branch === branch && LIVE.has(r.status))

/**
 * A review app on its way to being made, asked for by the caller or by the platform itself (a
 * pull request opened on a pipeline with automatic review apps): no permission is checked here.
 */
export function startReviewApp(
  platform: Platform,
  input: { pipelineId: string; branch: string; prNumber: number | null; commit: string },
) {
  const at = platform.timestamp()
  const reviewApp: ReviewAppRecord = {
    id: platform.newId(),
    appId: null,
    pipelineId: input.pipelineId,
    branch: input.branch,
    pr_number: input.prNumber,
    status: 'pending',
    message: null,
    error_status: null,
    creatorId: platform.actor().id,
    created_at: at,
    updated_at: at,
    nextStepAt: platform.now() + platform.timings.reviewAppStep,
    commit: input.commit,
  }
  platform.state.reviewApps[reviewApp.id] = reviewApp
  platform.markDirty()
  return reviewApp
}

/** `DELETE /review-apps/{id}`: the review app starts `deleting`; its app goes a moment later. */
export function deleteReviewApp(platform: Platform, id: string) {
  const reviewApp = requireReviewApp(platform, id)
  const pipeline = requirePipeline(platform, reviewApp.pipelineId, { byName: false })
  requirePipelineManager(platform, pipeline)
  if (reviewApp.status === 'deleting') return reviewApp
  reviewApp.status = 'deleting'
  reviewApp.updated_at = platform.timestamp()
  reviewApp.nextStepAt = platform.now() + platform.timings.reviewAppStep
  platform.markDirty()
  return reviewApp
}

/**
 * The review app's app name: `<pipeline>-pr-<number>`, as Heroku names them, or
 * `<pipeline>-br-<6 characters of the branch>` without a pull request; shortened to fit Heroku's
 * 30 characters, and given a suffix if the name is taken.
 */
function reviewAppName(state: PlatformState, pipeline: PipelineRecord, reviewApp: ReviewAppRecord) {
  const config = state.reviewAppConfigs[pipeline.id]
  const base = (config?.base_name ?? pipeline.name).replace(/-+$/, '')
  const tail =
    reviewApp.pr_number !== null
      ? `pr-${reviewApp.pr_number}`
      : `br-${seededBy(reviewApp.branch).sha().slice(0, 6)}`
  const taken = new Set(Object.values(state.apps).map((app) => app.name))
  const random = seededBy(reviewApp.id)
  for (let suffix = ''; ; suffix = `-${random.sha().slice(0, 4)}`) {
    const name = `${base.slice(0, 30 - tail.length - suffix.length - 1).replace(/-+$/, '')}-${tail}${suffix}`
    if (APP_NAME_PATTERN.test(name) && !taken.has(name)) return name
  }
}

/** `creating`: the app exists, belongs to the pipeline's owner, and sits in the review stage. */
function createItsApp(platform: Platform, reviewApp: ReviewAppRecord): AppRecord {
  const { state } = platform
  const pipeline = requirePipeline(platform, reviewApp.pipelineId, { byName: false })
  const owner =
    (pipeline.owner?.type === 'team' ? state.teams[pipeline.owner.id] : undefined) ??
    state.users[pipeline.owner?.id ?? reviewApp.creatorId] ??
    platform.actor()
  return createCoupledApp(platform, {
    name: reviewAppName(state, pipeline, reviewApp),
    owner,
    coupling: { pipelineId: pipeline.id, stage: 'review' },
    repo: state.pipelineRepos[pipeline.id] ?? null,
  })
}

/** `created`: the branch's commit built into a slug, released, one web dyno; or the build failed. */
function buildIt(platform: Platform, reviewApp: ReviewAppRecord, app: AppRecord) {
  const failure = buildAndRelease(platform, app, reviewApp.commit ?? null)
  if (failure === null) {
    reviewApp.status = 'created'
    return
  }
  reviewApp.status = 'errored'
  reviewApp.error_status = 'build_failed'
  reviewApp.message = failure
  removeApp(platform.state, app.id)
  reviewApp.appId = null
}

/** One step of a review app whose time has come. */
function step(platform: Platform, reviewApp: ReviewAppRecord) {
  const { state } = platform
  const stepMs = platform.timings.reviewAppStep
  const app = reviewApp.appId ? state.apps[reviewApp.appId] : undefined
  const dueAt = reviewApp.nextStepAt ?? platform.now()
  reviewApp.nextStepAt = null
  if (reviewApp.status === 'pending' || (reviewApp.status === 'creating' && !reviewApp.appId)) {
    reviewApp.appId = createItsApp(platform, reviewApp).id
    reviewApp.status = 'creating'
    // Building takes longer than asking for an app. Counted from when this step was due, so a
    // tab that slept through both steps finds the review app made.
    reviewApp.nextStepAt = dueAt + 2 * stepMs
  } else if (reviewApp.status === 'creating' && app) {
    buildIt(platform, reviewApp, app)
  } else if (reviewApp.status === 'creating') {
    reviewApp.status = 'errored'
    reviewApp.error_status = 'app_deleted'
    reviewApp.message = 'The app was deleted while it was being built.'
    reviewApp.appId = null
  } else if (reviewApp.status === 'deleting') {
    if (app) removeApp(state, app.id)
    delete state.reviewApps[reviewApp.id]
    return
  }
  reviewApp.updated_at = platform.timestamp()
}

/**
 * Moves every review app being made or deleted forward to the platform's present. Called before
 * each request, as promotions are: no timers, and a reload sees the same history. Each step is
 * done as the person who asked for the review app, so its releases are theirs.
 */
export function advanceReviewApps(platform: Platform): void {
  const due = Object.values(platform.state.reviewApps).filter(
    (r) => typeof r.nextStepAt === 'number' && r.nextStepAt <= platform.now(),
  )
  for (const reviewApp of due) {
    // A step may schedule the next one already due (a tab that slept): take them all.
    while ((reviewApp.nextStepAt ?? Infinity) <= platform.now()) {
      platform.actingAs(reviewApp.creatorId, () => step(platform, reviewApp))
    }
  }
  if (due.length > 0) platform.markDirty()
}

/**
 * Heroku CI: test runs of a pipeline's commits. A run goes pending → creating → building →
 * running → succeeded or failed over a few seconds; the mock keeps when each step comes and
 * works out the status from the clock, as it does for promotions (no timers). Whether a commit's
 * tests pass is a property of the commit (`failingTest`), so running it again ends the same.
 * Heroku documents the endpoints and statuses; the timings and refusals are the mock's.
 */
import { requirePipelineManager } from './access'
import { invalidParams, notFound } from './errors'
import { isoTimestamp } from './time'
import { requirePipeline, type Platform } from './store'
import type { PlatformState, TestRunRecord, TestRunStatus } from './types'

/** Where each status begins, by the index of `steps`; before the first, a run is pending. */
const STEP_STATUSES = ['creating', 'building', 'running'] as const

const ENDED: ReadonlySet<TestRunStatus> = new Set(['succeeded', 'failed', 'errored', 'cancelled'])
export const hasEnded = (run: TestRunRecord) => ENDED.has(run.status)

/** When a run asked for at `at` takes each step: creating, building (×2), running (×2), done. */
export function stepsFrom(at: number, step: number): TestRunRecord['steps'] {
  return [at + step, at + 2 * step, at + 4 * step, at + 6 * step]
}

export function pipelineTestRuns(platform: Platform, pipelineId: string): TestRunRecord[] {
  return Object.values(platform.state.testRuns)
    .filter((run) => run.pipelineId === pipelineId)
    .sort((a, b) => a.number - b.number)
}

/** `GET /pipelines/{id}/test-runs/{number}`. */
export function requireTestRunNumbered(platform: Platform, pipelineId: string, number: string) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  const run = pipelineTestRuns(platform, pipeline.id).find((r) => String(r.number) === number)
  if (!run) throw notFound('test run')
  return run
}

/** `GET /test-runs/{id}`, `/test-runs/{id}/test-nodes`: a run by its id. */
export function requireTestRun(platform: Platform, id: string) {
  const run = platform.state.testRuns[id]
  if (!run) throw notFound('test run')
  return run
}

/**
 * `PATCH /test-runs/{number}`: the schema names the run by its number alone, which is counted per
 * pipeline. The mock takes an id too, and a number only where one run has it: two pipelines'
 * run #3 are not guessed between (422), where Heroku's own rule is not documented.
 */
function requireRunToChange(platform: Platform, identity: string) {
  const byId = platform.state.testRuns[identity]
  if (byId) return byId
  const numbered = Object.values(platform.state.testRuns).filter(
    (run) => String(run.number) === identity,
  )
  if (numbered.length > 1) {
    throw invalidParams(`Several pipelines have a test run #${identity}: name it by its id.`)
  }
  const [run] = numbered
  if (!run) throw notFound('test run')
  return run
}

const requiredText = (body: Record<string, unknown>, field: string) => {
  const value = body[field]
  if (typeof value !== 'string' || value.trim() === '') throw invalidParams(`${field} is required.`)
  return value
}

/**
 * `POST /test-runs`: a run of the source at `source_blob_url`, for a commit of a pipeline the
 * caller can manage (403 otherwise: Heroku bills CI to the pipeline's owner). A commit of the
 * pipeline's repository passes or fails as the repository says; any other (`heroku ci:run` from
 * a local commit GitHub has not seen, its source uploaded) builds and passes: the mock reads no
 * source.
 */
export function createTestRun(platform: Platform, body: Record<string, unknown>) {
  const pipeline = requirePipeline(platform, requiredText(body, 'pipeline'), { byName: false })
  requirePipelineManager(platform, pipeline)
  const sha = requiredText(body, 'commit_sha')
  if (!/^[0-9a-f]{40}$/.test(sha)) throw invalidParams('commit_sha must be a full commit SHA.')
  const repo = platform.state.pipelineRepos[pipeline.id]
  const commit = repo ? platform.state.repos[repo]?.[sha] : undefined
  return addTestRun(platform.state, {
    id: platform.newId(),
    pipelineId: pipeline.id,
    branch: requiredText(body, 'commit_branch'),
    sha,
    message:
      typeof body.commit_message === 'string' ? body.commit_message : (commit?.message ?? ''),
    sourceBlobUrl: requiredText(body, 'source_blob_url'),
    userId: platform.actor().id,
    at: platform.now(),
    step: platform.timings.testRunStep,
  })
}

interface NewTestRun {
  id: string
  pipelineId: string
  branch: string
  sha: string
  message: string
  sourceBlobUrl: string
  userId: string
  /** epoch ms */
  at: number
  step: number
}

/** Records a run; the scenarios use this too, for the history they start with. */
export function addTestRun(state: PlatformState, input: NewTestRun): TestRunRecord {
  const repo = state.pipelineRepos[input.pipelineId]
  const commit = repo ? state.repos[repo]?.[input.sha] : undefined
  const number =
    Math.max(
      0,
      ...Object.values(state.testRuns)
        .filter((run) => run.pipelineId === input.pipelineId)
        .map((run) => run.number),
    ) + 1
  const at = isoTimestamp(input.at)
  const run: TestRunRecord = {
    id: input.id,
    pipelineId: input.pipelineId,
    number,
    status: 'pending',
    commit_branch: input.branch,
    commit_sha: input.sha,
    commit_message: input.message,
    source_blob_url: input.sourceBlobUrl,
    userId: input.userId,
    message: null,
    created_at: at,
    updated_at: at,
    steps: stepsFrom(input.at, input.step),
    outcome: commit?.buildError ? 'errored' : commit?.failingTest ? 'failed' : 'succeeded',
  }
  state.testRuns[run.id] = run
  return run
}

/** `PATCH /test-runs/{number} {status: "cancelled", message}`: stops a run that has not ended. */
export function cancelTestRun(platform: Platform, identity: string, body: Record<string, unknown>) {
  const run = requireRunToChange(platform, identity)
  requirePipelineManager(platform, requirePipeline(platform, run.pipelineId, { byName: false }))
  if (body.status !== 'cancelled') {
    throw invalidParams('A test run can only be cancelled: status must be "cancelled".')
  }
  if (hasEnded(run)) throw invalidParams(`Test run #${run.number} has already ended.`)
  run.status = 'cancelled'
  run.message = typeof body.message === 'string' ? body.message : null
  run.updated_at = platform.timestamp()
  platform.markDirty()
  return run
}

/** When a run ends (epoch ms): a build that fails ends it before anything runs. */
export const endOf = (run: TestRunRecord) =>
  run.outcome === 'errored' ? run.steps[2] : run.steps[3]

/** The status a run that was not cancelled has at `now`. */
function statusAt(run: TestRunRecord, now: number): TestRunStatus {
  if (now >= endOf(run)) return run.outcome
  let status: TestRunStatus = 'pending'
  STEP_STATUSES.forEach((next, index) => {
    if (now >= run.steps[index]!) status = next
  })
  return status
}

/** Moves every run that has not ended to the platform's present. Called before each request. */
export function advanceTestRuns(platform: Platform): void {
  const now = platform.now()
  for (const run of Object.values(platform.state.testRuns)) {
    if (hasEnded(run)) continue
    const status = statusAt(run, now)
    if (status === run.status) continue
    run.status = status
    if (status === 'errored') run.message = 'The build failed: nothing was tested.'
    // Changed when the step came, not when the mock noticed: a reload sees the same history.
    const step = (STEP_STATUSES as readonly TestRunStatus[]).indexOf(status)
    run.updated_at = isoTimestamp(step === -1 ? endOf(run) : run.steps[step]!)
    platform.markDirty()
  }
}

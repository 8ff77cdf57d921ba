/**
 * Deploys from GitHub: a push to the branch an app deploys from builds and releases the pushed
 * commit, once Heroku CI has passed when the app waits for it (Heroku's "Wait for CI to pass
 * before deploy"). A deploy that waits is skipped when CI fails, errors or is cancelled, as on
 * Heroku. Steps are worked out from the clock before each request, as promotions' are.
 */
import { buildAndRelease, buildDuration } from './app-builds'
import type { Platform } from './store'
import { endOf, hasEnded } from './test-runs'
import type { AppRecord, AutoDeployRecord, TestRunRecord } from './types'

/** A deploy of `sha` to `app`, now or once `waitFor` (a CI run of it) has passed. */
export function scheduleDeploy(
  platform: Platform,
  input: { app: AppRecord; pipelineId: string; branch: string; sha: string },
  waitFor: TestRunRecord | null,
): AutoDeployRecord {
  const at = platform.timestamp()
  const deploy: AutoDeployRecord = {
    id: platform.newId(),
    pipelineId: input.pipelineId,
    appId: input.app.id,
    branch: input.branch,
    sha: input.sha,
    testRunId: waitFor?.id ?? null,
    status: waitFor ? 'waiting' : 'building',
    message: null,
    userId: platform.actor().id,
    created_at: at,
    updated_at: at,
    doneAt: waitFor ? null : platform.now() + buildDuration(platform),
  }
  platform.state.autoDeploys[deploy.id] = deploy
  platform.markDirty()
  return deploy
}

const CI_WORDS: Partial<Record<TestRunRecord['status'], string>> = {
  failed: 'failed',
  errored: 'could not build',
  cancelled: 'was cancelled',
}

/** One deploy, moved to the platform's present: its status says whether it moved. */
function advance(platform: Platform, deploy: AutoDeployRecord) {
  const { state } = platform
  if (deploy.status === 'waiting') {
    const run = state.testRuns[deploy.testRunId ?? '']
    if (run && !hasEnded(run)) return
    if (run?.status !== 'succeeded') {
      deploy.status = 'skipped'
      deploy.message = run
        ? `Not deployed: Heroku CI run #${run.number} ${CI_WORDS[run.status] ?? run.status}.`
        : 'Not deployed: its Heroku CI run is gone.'
      return
    }
    // Its build starts when CI passed: a tab that slept through both finds it deployed.
    deploy.status = 'building'
    deploy.doneAt = endOf(run) + buildDuration(platform)
  }
  if ((deploy.doneAt ?? Infinity) > platform.now()) return
  const app = state.apps[deploy.appId]
  const builtAt = deploy.doneAt ?? platform.now()
  const failure = app
    ? platform.actingAs(deploy.userId, () => buildAndRelease(platform, app, deploy.sha, builtAt))
    : 'The app was deleted before its build ended.'
  deploy.status = failure === null ? 'deployed' : 'failed'
  deploy.message = failure
  deploy.doneAt = null
}

/** Moves every deploy under way to the platform's present. Called before each request. */
export function advanceAutoDeploys(platform: Platform): void {
  let changed = false
  for (const deploy of Object.values(platform.state.autoDeploys)) {
    if (deploy.status !== 'waiting' && deploy.status !== 'building') continue
    const before = deploy.status
    advance(platform, deploy)
    if (before !== deploy.status) {
      deploy.updated_at = platform.timestamp()
      changed = true
    }
  }
  if (changed) platform.markDirty()
}

/**
 * Apps the platform makes itself, from code: a review app's, an app setup's. Each is made coupled
 * to its pipeline's stage with an empty first release, then its commit is built into a slug and
 * released with one web dyno, or the build fails with the commit's `buildError`.
 */
import { seededBy } from './random'
import { addRelease } from './releases'
import { ownership, type Platform } from './store'
import { isoTimestamp } from './time'
import type { AppRecord, PlatformState, Stage, TeamRecord, UserRecord } from './types'

/** How long the platform takes to build an app's code (epoch ms): as long as two review-app steps. */
export const buildDuration = (platform: Platform) => 2 * platform.timings.reviewAppStep

interface NewCoupledApp {
  name: string
  owner: TeamRecord | UserRecord
  /** the pipeline and stage it joins; null for an app outside any pipeline */
  coupling: { pipelineId: string; stage: Stage } | null
  repo: string | null
}

/** An app that exists, belongs to `owner`, sits in its pipeline's stage, and has not built. */
export function createCoupledApp(platform: Platform, input: NewCoupledApp): AppRecord {
  const { state } = platform
  const at = platform.timestamp()
  const app: AppRecord = {
    id: platform.newId(),
    name: input.name,
    created_at: at,
    updated_at: at,
    released_at: null,
    maintenance: false,
    ...ownership(input.owner),
    region: 'us',
    stack: 'heroku-24',
    repo: input.repo,
    releasePhase: null,
  }
  state.apps[app.id] = app
  if (input.coupling) {
    const couplingId = platform.newId()
    state.couplings[couplingId] = {
      id: couplingId,
      appId: app.id,
      ...input.coupling,
      created_at: at,
      updated_at: at,
    }
  }
  addRelease(platform, app, {
    slugId: null,
    description: 'Initial release',
    runReleasePhase: false,
  })
  return app
}

/**
 * Builds `sha` (null for source the mock cannot read, which builds as it is) into a slug and
 * releases it with one web dyno, at `atMs` (when the build ended; now unless told). Returns the
 * build's failure, in its words, or null.
 */
export function buildAndRelease(
  platform: Platform,
  app: AppRecord,
  sha: string | null,
  atMs: number = platform.now(),
) {
  const { state } = platform
  const commit = sha ? state.repos[app.repo ?? '']?.[sha] : undefined
  if (commit?.buildError) return commit.buildError
  const at = isoTimestamp(atMs)
  const slugId = platform.newId()
  state.slugs[slugId] = {
    id: slugId,
    appId: app.id,
    commit: sha,
    commit_description: commit?.message.split('\n')[0] ?? null,
    buildpack_provided_description: 'Node.js',
    process_types: { web: 'npm start' },
    size: 38_000_000 + seededBy(slugId).int(12_000_000),
    created_at: at,
  }
  const shown = sha?.slice(0, 8) ?? slugId.slice(0, 8)
  addRelease(platform, app, {
    slugId,
    description: `Deploy ${shown}`,
    runReleasePhase: true,
    at: atMs,
  })
  // Its first build gets one web dyno; later ones keep the formation as it is.
  const hasWeb = Object.values(state.formations).some((f) => f.appId === app.id && f.type === 'web')
  if (hasWeb) return null
  const formationId = platform.newId()
  state.formations[formationId] = {
    id: formationId,
    appId: app.id,
    type: 'web',
    command: 'npm start',
    quantity: 1,
    size: 'Basic',
    created_at: at,
    updated_at: at,
  }
  return null
}

/** An app and everything that is only its own. Its slugs stay: a release elsewhere may run one. */
export function removeApp(state: PlatformState, appId: string) {
  delete state.apps[appId]
  delete state.releases[appId]
  delete state.appGithubLinks[appId]
  for (const [id, coupling] of Object.entries(state.couplings)) {
    if (coupling.appId === appId) delete state.couplings[id]
  }
  for (const [id, formation] of Object.entries(state.formations)) {
    if (formation.appId === appId) delete state.formations[id]
  }
  for (const [id, collaborator] of Object.entries(state.appCollaborators)) {
    if (collaborator.appId === appId) delete state.appCollaborators[id]
  }
}

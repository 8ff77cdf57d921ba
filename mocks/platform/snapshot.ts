import { pairId } from './access'
import { fillBranches } from './branches'
import { connectPipelines } from './connections'
import { STATE_SCHEMA_VERSION, type PlatformState } from './types'

/**
 * Reading back a saved demo state. What a browser kept may be from an older Stageboard (migrated
 * forward), a newer one, another program, a broken write or a hand edit: each is told apart, so
 * the person is told why their changes are gone instead of finding the demo quietly reset.
 */
export type SnapshotReading =
  | { state: PlatformState; migratedFrom?: number }
  /** `newer`: written by a later Stageboard, to be left as it is rather than written over */
  | { problem: string; newer?: true }

/** A step from one version's shape to the next: `MIGRATIONS[n]` takes a version-n state to n+1. */
export type Migration = (state: Record<string, unknown>) => Record<string, unknown>

/**
 * Every shape change since the first saved state. When `STATE_SCHEMA_VERSION` goes up, the step
 * from the old shape goes here, so saved changes survive the upgrade instead of being dropped.
 * A step runs before the shape is checked: it leaves alone what it cannot read.
 */
export const MIGRATIONS: Record<number, Migration> = {
  /**
   * 1 → 2: people and what they may do. Version 1 had one person, the account, with a `role` on
   * each team, and every app open to them. That stays true: the role becomes a membership, the
   * account becomes a collaborator on the personal apps of others, and past promotions are theirs.
   */
  1: (state) => {
    const accountId = typeof state.accountId === 'string' ? state.accountId : ''
    const teamMembers: Record<string, unknown> = {}
    if (isRecord(state.teams)) {
      for (const [teamId, team] of Object.entries(state.teams)) {
        if (!isRecord(team)) continue
        const { role, ...rest } = team
        state.teams[teamId] = rest
        // Every format-1 team was the account's to run: whatever it said, it stays its admin.
        if (role === null || role === undefined) continue
        const at = typeof team.created_at === 'string' ? team.created_at : ''
        const id = pairId(teamId, accountId)
        teamMembers[id] = {
          id,
          teamId,
          userId: accountId,
          role: 'admin',
          created_at: at,
          updated_at: at,
        }
      }
    }
    const appCollaborators: Record<string, unknown> = {}
    for (const app of Object.values(isRecord(state.apps) ? state.apps : {})) {
      if (!isRecord(app) || app.team || !isRecord(app.owner) || app.owner.id === accountId) continue
      const id = pairId(String(app.id), accountId)
      const at = typeof app.created_at === 'string' ? app.created_at : ''
      appCollaborators[id] = {
        id,
        appId: app.id,
        userId: accountId,
        permissions: ['view', 'deploy', 'operate', 'manage'],
        created_at: at,
        updated_at: at,
      }
    }
    for (const promotion of Object.values(isRecord(state.promotions) ? state.promotions : {})) {
      if (isRecord(promotion)) promotion.userId ??= accountId
    }
    return { ...state, teamMembers, appCollaborators, apiKeys: {} }
  },
  /**
   * 2 → 3: pipelines connected to GitHub, and review-app settings. A saved pipeline is connected
   * to the repository most of its apps deploy from, as the demo's are, and one with review apps
   * has them enabled: what the board showed stays true.
   */
  2: (state) => {
    const collections = ['pipelines', 'couplings', 'apps', 'reviewApps'] as const
    if (!collections.every((name) => isRecord(state[name]))) return state
    return connectPipelines({ ...state } as unknown as PlatformState) as unknown as Record<
      string,
      unknown
    >
  },
  /**
   * 3 → 4: GitHub branches and pull requests, which review apps are made from, and Heroku CI. Each repository's
   * `main` and each review app's branch and pull request are worked out from what the save holds
   * (see `fillBranches`), so the review apps it shows keep their pull requests.
   */
  3: (state) => {
    const collections = ['repos', 'apps', 'couplings', 'releases', 'slugs', 'reviewApps'] as const
    if (!collections.every((name) => isRecord(state[name]))) return state
    // And Heroku CI, whose history and settings start empty: format 3 kept neither.
    return fillBranches({
      ...state,
      testRuns: {},
      ciPipelines: {},
      pipelineConfigVars: {},
    } as unknown as PlatformState) as unknown as Record<string, unknown>
  },
  /**
   * 4 → 5: app setups, apps' GitHub settings and deploys from GitHub, which format 4 did not
   * keep: none yet.
   */
  4: (state) => ({ ...state, appSetups: {}, appGithubLinks: {}, autoDeploys: {} }),
}

/** The collections every state holds, each an object of records by id. */
const COLLECTIONS = [
  'apiKeys',
  'users',
  'teams',
  'teamMembers',
  'appCollaborators',
  'apps',
  'pipelines',
  'couplings',
  'slugs',
  'releases',
  'formations',
  'reviewApps',
  'promotions',
  'promotionTargets',
  'repos',
  'pipelineRepos',
  'reviewAppConfigs',
  'branches',
  'pullRequests',
  'testRuns',
  'ciPipelines',
  'pipelineConfigVars',
  'appSetups',
  'appGithubLinks',
  'autoDeploys',
] as const satisfies readonly (keyof PlatformState)[]

/**
 * More records than the demo could make by hand: a snapshot this big is not the demo's (the large
 * scenario, about 30,000 records, is never saved), and reading it would stall every request.
 */
export const MAX_SNAPSHOT_RECORDS = 100_000

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function readSnapshot(
  value: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  current: number = STATE_SCHEMA_VERSION,
): SnapshotReading {
  if (!isRecord(value) || typeof value.schemaVersion !== 'number') {
    return { problem: 'it is not demo data Stageboard saved' }
  }
  const version = value.schemaVersion
  if (!Number.isInteger(version) || version < 1) {
    return { problem: 'it is not demo data Stageboard saved' }
  }
  if (version > current) {
    return {
      problem: `it was saved by a newer Stageboard (format ${version}; this one reads ${current})`,
      newer: true,
    }
  }
  let state = value
  for (let step = version; step < current; step += 1) {
    const migrate = migrations[step]
    if (!migrate) return { problem: `no way is known to bring format ${step} up to date` }
    state = { ...migrate(state), schemaVersion: step + 1 }
  }
  const missing = COLLECTIONS.filter((name) => !isRecord(state[name]))
  if (typeof state.accountId !== 'string' || missing.length > 0) {
    return { problem: `it is damaged (${missing.join(', ') || 'accountId'} missing or unreadable)` }
  }
  let records = 0
  for (const name of COLLECTIONS) records += Object.keys(state[name] as object).length
  if (records > MAX_SNAPSHOT_RECORDS) {
    return { problem: `it is too large (${records.toLocaleString('en')} records)` }
  }
  const reading: SnapshotReading = { state: state as unknown as PlatformState }
  return version < current ? { ...reading, migratedFrom: version } : reading
}

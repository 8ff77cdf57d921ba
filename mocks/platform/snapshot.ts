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
 * Every shape change since the first saved state. None yet: version 1 is the only shape shipped.
 * When `STATE_SCHEMA_VERSION` goes up, the step from the old shape goes here, so saved changes
 * survive the upgrade instead of being dropped.
 */
export const MIGRATIONS: Record<number, Migration> = {}

/** The collections every state holds, each an object of records by id. */
const COLLECTIONS = [
  'users',
  'teams',
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

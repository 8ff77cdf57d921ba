/**
 * What a release command prints, line by line and when. Heroku streams a release phase's output
 * at the release's `output_stream_url`; the CLI pipes it to the terminal (`promote` to one app,
 * `rollback`, `releases:output`) and the dashboard shows it on the history page and in a
 * promotion's progress. The mock keeps no output: a release's is written from what it ran (the
 * app's release command, the commit its slug was built from) and spread over the phase's time,
 * so the same release always prints the same lines, and a running one prints them as they come.
 */
import { appReleases } from './releases'
import { seededBy } from './random'
import type { Platform } from './store'
import type { AppRecord, ReleaseRecord } from './types'

export interface ReleasePhaseRun {
  command: string
  /** epoch ms */
  startsAt: number
  endsAt: number
  outcome: 'succeeded' | 'failed'
}

/**
 * The release phase a release ran, or runs: deploys and promotions of an app with a release
 * command run one; rollbacks do not (Heroku: the slug already ran it once), nor releases without a
 * slug (add-ons, the first releases).
 */
export function releasePhaseRun(
  platform: Platform,
  release: ReleaseRecord,
): ReleasePhaseRun | null {
  const app = platform.state.apps[release.appId]
  if (!app?.releasePhase || release.slugId === null) return null
  if (/^Rollback to v\d+/.test(release.description)) return null
  const startsAt = Date.parse(release.created_at)
  if (release.status === 'pending') {
    if (release.releasePhaseEndsAt === null) return null
    return {
      command: app.releasePhase.command,
      startsAt,
      endsAt: release.releasePhaseEndsAt,
      outcome: release.releasePhaseOutcome ?? 'succeeded',
    }
  }
  return {
    command: app.releasePhase.command,
    startsAt,
    endsAt: Math.max(startsAt, Date.parse(release.updated_at)),
    outcome: release.status === 'failed' ? 'failed' : 'succeeded',
  }
}

/** A migration's name from the commit it came with: "Meter API calls" → meter_api_calls. */
function migrationName(platform: Platform, app: AppRecord, release: ReleaseRecord) {
  const slug = release.slugId ? platform.state.slugs[release.slugId] : undefined
  const commit =
    app.repo && slug?.commit ? platform.state.repos[app.repo]?.[slug.commit] : undefined
  const words = (commit?.message ?? slug?.commit_description ?? release.description)
    .split('\n')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return words.slice(0, 48) || 'update_schema'
}

/** `20261204091500`: a migration's version from the release's time. */
const migrationVersion = (at: number) =>
  new Date(at)
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 14)

const camel = (snake: string) =>
  snake.replace(/(^|_)([a-z0-9])/g, (_, __: string, letter: string) => letter.toUpperCase())

/** What a migration touches: a table of the kind these apps keep, and a column named after it. */
interface Change {
  table: string
  column: string
}

const TABLES = ['invoices', 'customers', 'orders', 'products', 'events', 'accounts']

function railsScript(
  name: string,
  change: Change,
  version: string,
  failed: boolean,
  seconds: string,
) {
  const head = `== ${version} ${camel(name)}: migrating `
  const lines = [
    head.padEnd(79, '='),
    `-- add_column(:${change.table}, :${change.column}, :string)`,
  ]
  if (failed) {
    return [
      ...lines,
      'rails aborted!',
      `StandardError: An error has occurred, this and all later migrations canceled:`,
      `PG::DuplicateColumn: ERROR:  column "${change.column}" of relation "${change.table}" already exists`,
      'Tasks: TOP => db:migrate',
      '(See full trace by running task with --trace)',
    ]
  }
  return [
    ...lines,
    `   -> ${seconds}s`,
    `== ${version} ${camel(name)}: migrated (${seconds}s) `.padEnd(79, '='),
  ]
}

function npmScript(
  app: AppRecord,
  name: string,
  change: Change,
  version: string,
  failed: boolean,
  ms: number,
) {
  const file = `${version}_${name}.sql`
  const lines = [
    `> ${app.name}@1.0.0 db:migrate`,
    '> node scripts/migrate.js',
    '',
    'Connecting to the database... connected.',
    'Pending migrations: 1',
    `Running ${file} ...`,
  ]
  if (failed) {
    return [
      ...lines,
      `error: column "${change.column}" of relation "${change.table}" already exists`,
      `Migration ${file} failed; nothing was changed.`,
      'npm error Lifecycle script `db:migrate` failed with error:',
      'npm error code 1',
    ]
  }
  return [...lines, `done in ${ms} ms`, `All migrations ran. The schema is at version ${version}.`]
}

/** The release command's lines, each with when it is printed (epoch ms). */
export function releaseOutput(
  platform: Platform,
  release: ReleaseRecord,
): { run: ReleasePhaseRun; lines: { at: number; text: string }[] } | null {
  const run = releasePhaseRun(platform, release)
  const app = platform.state.apps[release.appId]
  if (!run || !app) return null
  const random = seededBy(release.id)
  const failed = run.outcome === 'failed'
  // The same code again (a config change, a retry): its migrations ran with the release before,
  // unless that one's release command failed.
  const history = appReleases(platform, app.id)
  const before = history[history.indexOf(release) - 1]
  if (!failed && before?.status === 'succeeded' && before.slugId === release.slugId) {
    const texts = run.command.includes('rails')
      ? []
      : run.command.startsWith('npm')
        ? [
            `> ${app.name}@1.0.0 db:migrate`,
            '> node scripts/migrate.js',
            '',
            'No pending migrations.',
          ]
        : [`Running ${run.command}`, 'Done.']
    return { run, lines: spread(run, texts) }
  }
  const name = migrationName(platform, app, release)
  const version = migrationVersion(run.startsAt)
  const change = { table: random.pick(TABLES), column: name.split('_').slice(-2).join('_') }
  const texts = run.command.includes('rails')
    ? railsScript(name, change, version, failed, (0.002 + random.next() / 50).toFixed(4))
    : run.command.startsWith('npm')
      ? npmScript(app, name, change, version, failed, 80 + random.int(900))
      : [`Running ${run.command}`, failed ? 'Exited with status 1.' : 'Done.']
  return { run, lines: spread(run, texts) }
}

/** The lines over the phase's time, the last as it ends. */
function spread(run: ReleasePhaseRun, texts: string[]) {
  const step = (run.endsAt - run.startsAt) / Math.max(texts.length, 1)
  return texts.map((text, index) => ({ at: Math.round(run.startsAt + step * (index + 1)), text }))
}

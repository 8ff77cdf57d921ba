/**
 * Stageboard's own activity log: what Heroku keeps no history of. A move between stages, a
 * promotion started here (its outcome is Heroku's, read from the promotion), a review app deleted,
 * a lock set or lifted leave no trace in the Platform API, so each is written where the locks are
 * (src/lib/locks.ts): the pipeline's config vars of stage `test`, one var per event.
 *
 * One var per event, named by its time and a random tail, because a config var PATCH sets only
 * the vars it names: two people writing at the same moment add two vars, and neither overwrites
 * the other. The log keeps the newest `LOG_SIZE` events; whoever writes removes the oldest in the
 * same request. What this cannot promise: a write that fails leaves a gap, other clients (the
 * CLI, Heroku's dashboard) write nothing, "who" is what the writer's Stageboard said, and CI runs
 * see the vars in their environment.
 */
import type { Stage } from '@/api/couplings'
import type { LockScope } from './locks'

export const EVENT_PREFIX = 'STAGEBOARD_EVENT_'

/**
 * How many events are kept. Heroku caps config at 32 kB, shared with Heroku CI's own vars and the
 * locks. An event is about 200 bytes; the longest (a lock with a 200-character reason, in
 * characters that take 3 bytes each) under 800: 40 of those stay under 32 kB, typical ones
 * under 10 kB.
 */
export const LOG_SIZE = 40

/** What Stageboard writes down, each with who and when. */
export type LoggedEvent =
  | { kind: 'move'; app: string; appId: string; from: Stage; to: Stage }
  | {
      kind: 'promotion'
      /** Heroku's promotion: its targets' outcomes are read from it */
      id: string
      from: string
      fromId: string
      version: number | null
      targets: number
    }
  | { kind: 'review-app-deleted'; name: string; branch: string }
  | { kind: 'locked'; scope: LockScope; reason: string }
  | { kind: 'unlocked'; scope: LockScope }

export type Logged = LoggedEvent & { by: string; at: string }

/** A var name no two writers pick alike: the time, then a random tail. */
export function eventKey(atMs: number, random: () => number = Math.random) {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')
  return `${EVENT_PREFIX}${atMs.toString(36)}_${tail}`.toUpperCase()
}

export const eventValue = (event: Logged) => JSON.stringify(event)

const STAGES: readonly unknown[] = ['test', 'review', 'development', 'staging', 'production']
const SCOPES: readonly unknown[] = ['pipeline', 'development', 'staging', 'production']

const text = (value: unknown): value is string => typeof value === 'string'
const isStage = (value: unknown): value is Stage => STAGES.includes(value)
const isScope = (value: unknown): value is LockScope => SCOPES.includes(value)

/** One var's event, or null when it does not read as one (edited by hand, or a newer format). */
function readEvent(value: string): Logged | null {
  let read: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(value)
    if (typeof parsed !== 'object' || parsed === null) return null
    read = parsed as Record<string, unknown>
  } catch {
    return null
  }
  const { kind, by, at } = read
  if (!text(by) || !text(at) || Number.isNaN(Date.parse(at))) return null
  const common = { by, at }
  switch (kind) {
    case 'move':
      return text(read.app) && text(read.appId) && isStage(read.from) && isStage(read.to)
        ? { kind, app: read.app, appId: read.appId, from: read.from, to: read.to, ...common }
        : null
    case 'promotion':
      return text(read.id) && text(read.from) && text(read.fromId)
        ? {
            kind,
            id: read.id,
            from: read.from,
            fromId: read.fromId,
            version: typeof read.version === 'number' ? read.version : null,
            targets: typeof read.targets === 'number' ? read.targets : 0,
            ...common,
          }
        : null
    case 'review-app-deleted':
      return text(read.name) && text(read.branch)
        ? { kind, name: read.name, branch: read.branch, ...common }
        : null
    case 'locked':
    case 'unlocked':
      if (!isScope(read.scope)) return null
      return kind === 'locked'
        ? { kind, scope: read.scope, reason: text(read.reason) ? read.reason : '', ...common }
        : { kind, scope: read.scope, ...common }
    default:
      return null
  }
}

/** The logged events among a stage's config vars, by var name, newest first. */
export function parseLog(vars: Record<string, string>): { key: string; event: Logged }[] {
  const events: { key: string; event: Logged }[] = []
  for (const [key, value] of Object.entries(vars)) {
    if (!key.startsWith(EVENT_PREFIX)) continue
    const event = readEvent(value)
    if (event) events.push({ key, event })
  }
  // Names sort by the time they were written: they settle a tie.
  return events.sort(
    (a, b) => Date.parse(b.event.at) - Date.parse(a.event.at) || b.key.localeCompare(a.key),
  )
}

/**
 * The config var change that adds `event` to the log: its var, and the removal (null) of the
 * oldest vars past `LOG_SIZE`, counting the new one. Vars that do not read as events are removed
 * with them only when they are the oldest by name, which sorts by time.
 */
export function appendChange(
  vars: Record<string, string> | undefined,
  event: Logged,
  key: string,
): Record<string, string | null> {
  const change: Record<string, string | null> = {}
  const kept = Object.keys(vars ?? {})
    .filter((name) => name.startsWith(EVENT_PREFIX))
    .sort()
  for (const stale of kept.slice(0, Math.max(0, kept.length + 1 - LOG_SIZE))) change[stale] = null
  change[key] = eventValue(event)
  return change
}

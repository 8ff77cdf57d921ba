/**
 * Stop the line: a pipeline, or one of its stages, locked with a reason during an incident. While
 * it is, the dashboard refuses, before any request, every promotion, move and rollback into what
 * is locked, and says who locked it, when and why.
 *
 * Heroku has no such thing: a lock is Stageboard's own data. It is kept where every Stageboard of
 * the team can read it, in the pipeline's own config vars of stage `test` (Heroku CI's), one var
 * per scope (`STAGEBOARD_LOCK_PIPELINE`, `STAGEBOARD_LOCK_PRODUCTION`, …) holding JSON, so locks
 * of different scopes never overwrite each other. Only Stageboard honours it: the CLI, Heroku's
 * dashboard and deploys from GitHub go ahead, and CI runs see the vars in their environment.
 */
import type { Stage } from '@/api/couplings'
import { relativeTime } from './format'
import { PROMOTION_ORDER, STAGE_LABELS } from './stages'

export const LOCK_PREFIX = 'STAGEBOARD_LOCK_'

/** What can be locked: the whole pipeline, or a stage code is promoted or moved into. */
export type LockScope = 'pipeline' | (typeof PROMOTION_ORDER)[number]
export const LOCK_SCOPES: readonly LockScope[] = ['pipeline', ...PROMOTION_ORDER]

export interface Lock {
  scope: LockScope
  reason: string
  /** who locked it, as the person's dashboard knew them (an email) */
  by: string
  /** when, ISO 8601 */
  at: string
}

export type Locks = Partial<Record<LockScope, Lock>>

export const lockKey = (scope: LockScope) => `${LOCK_PREFIX}${scope.toUpperCase()}`

/** The config var's value for a lock. */
export const lockValue = ({ reason, by, at }: Lock) => JSON.stringify({ reason, by, at })

const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''

/**
 * The locks among a stage's config vars. A var that does not read as a lock (edited by hand, say)
 * still locks, with what can be read of it: a lock is never ignored for being malformed.
 */
export function parseLocks(vars: Record<string, string>): Locks {
  const locks: Locks = {}
  for (const scope of LOCK_SCOPES) {
    const value = vars[lockKey(scope)]
    if (value === undefined) continue
    let read: Record<string, unknown> = { reason: value }
    try {
      const parsed: unknown = JSON.parse(value)
      if (typeof parsed === 'object' && parsed !== null) read = parsed as Record<string, unknown>
    } catch {
      // Not JSON: the whole value is the reason.
    }
    locks[scope] = {
      scope,
      reason: isText(read.reason) ? read.reason : 'No reason was given.',
      by: isText(read.by) ? read.by : 'someone',
      at: isText(read.at) ? read.at : '',
    }
  }
  return locks
}

/** The lock that stops code reaching `stage`: the pipeline's, else the stage's own. */
export function lockInto(locks: Locks | undefined, stage: Stage): Lock | null {
  if (!locks) return null
  return locks.pipeline ?? locks[stage as LockScope] ?? null
}

export const scopeLabel = (scope: LockScope) =>
  scope === 'pipeline' ? 'The pipeline' : STAGE_LABELS[scope]

/** "Production is locked by ada@northwind.dev 5 minutes ago: incident #231." */
export function lockSentence(lock: Lock, now = Date.now()) {
  const when = lock.at ? ` ${relativeTime(lock.at, now)}` : ''
  const reason = /[.!?]$/.test(lock.reason) ? lock.reason : `${lock.reason}.`
  return `${scopeLabel(lock.scope)} is locked by ${lock.by}${when}: ${reason}`
}

export const REASON_MAX = 200

/** Why a lock's reason is refused before anything is sent, or null. */
export function lockReasonProblem(reason: string): string | null {
  const trimmed = reason.trim()
  if (trimmed === '') return 'Say why: the people it stops will read it.'
  if (trimmed.length > REASON_MAX) return `Keep it to ${REASON_MAX} characters.`
  return null
}

/**
 * The board's drift filter: which cards to show by how their code stands against the groups of
 * their neighbouring stages ("behind", "ahead", …). Decided per group of a stage, not per app: a
 * stage's apps that run the same code stand the same against every neighbour.
 */
import type { Drift } from './drift'

export const DRIFT_FILTERS = ['behind', 'ahead', 'diverged', 'up-to-date', 'not-compared'] as const
export type DriftFilter = (typeof DRIFT_FILTERS)[number]

/** What the filter's choices say, beside the label "Drift". */
export const DRIFT_FILTER_LABELS: Record<DriftFilter, string> = {
  behind: 'Behind a neighbour',
  ahead: 'Ahead of a neighbour',
  diverged: 'Diverged',
  'up-to-date': 'Up to date',
  'not-compared': 'Not compared',
}

/** The filter an address names, if it names one; anything else is no filter. */
export const driftFilterOf = (value: string | null): DriftFilter | undefined =>
  DRIFT_FILTERS.find((filter) => filter === value)

/**
 * Whether code whose drift against each neighbouring group is `drifts` passes the filter: true or
 * false, or undefined while a comparison that could decide it is still being made.
 *
 * Behind, ahead, diverged and not compared: against at least one neighbouring group. Up to date:
 * the same code as every group of both neighbouring stages, and at least one to compare with.
 */
export function matchesDrift(drifts: Drift[], wanted: DriftFilter): boolean | undefined {
  const waiting = drifts.some((drift) => drift.kind === 'loading')
  if (wanted === 'up-to-date') {
    if (drifts.some((drift) => drift.kind !== 'loading' && drift.kind !== 'identical')) return false
    return waiting ? undefined : drifts.length > 0
  }
  if (drifts.some((drift) => drift.kind === wanted)) return true
  return waiting ? undefined : false
}

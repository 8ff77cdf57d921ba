import type { TestRun } from '@/api/test-runs'

/** What Heroku CI says of a commit, as a card shows it. */
export type CiVerdict = 'passed' | 'failed' | 'errored' | 'running' | 'cancelled'

export interface CiResult {
  verdict: CiVerdict
  /** the run that says so: the commit's newest */
  run: TestRun
}

const VERDICTS: Record<TestRun['status'], CiVerdict> = {
  pending: 'running',
  creating: 'running',
  building: 'running',
  running: 'running',
  debugging: 'running',
  succeeded: 'passed',
  failed: 'failed',
  errored: 'errored',
  cancelled: 'cancelled',
}

export const CI_WORDS: Record<CiVerdict, string> = {
  passed: 'CI passed',
  failed: 'CI failed',
  errored: 'Build failed',
  running: 'CI running',
  cancelled: 'CI cancelled',
}

export const verdictOf = (run: TestRun): CiVerdict => VERDICTS[run.status]

/**
 * Each tested commit's newest run, by SHA: what a card running that commit shows. One pass over
 * the runs, whatever the number of cards.
 */
export function ciByCommit(runs: readonly TestRun[] | undefined): Map<string, CiResult> {
  const newest = new Map<string, TestRun>()
  for (const run of runs ?? []) {
    const known = newest.get(run.commit_sha)
    if (!known || run.number > known.number) newest.set(run.commit_sha, run)
  }
  return new Map([...newest].map(([sha, run]) => [sha, { verdict: verdictOf(run), run }]))
}

/**
 * How long after its last change a running test run is followed closely: CI takes minutes; one
 * still running after this is stuck, and the board's minute-by-minute refresh is enough.
 */
export const FOLLOW_CI_CLOSELY_MS = 15 * 60_000

/** Whether a run among these is under way, recently enough to be watched closely. */
export const followsCi = (runs: readonly TestRun[] | undefined, now: number) =>
  (runs ?? []).some(
    (run) =>
      verdictOf(run) === 'running' && now - Date.parse(run.updated_at) < FOLLOW_CI_CLOSELY_MS,
  )

/** The branches runs were made on, most recently tested first. */
export function testedBranches(runs: readonly TestRun[]): string[] {
  const seen = new Set<string>()
  for (const run of [...runs].sort((a, b) => b.number - a.number)) seen.add(run.commit_branch)
  return [...seen]
}

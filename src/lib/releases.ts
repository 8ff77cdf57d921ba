/**
 * What an app's releases say about the code it runs. The pipeline's latest-releases gives each
 * app's newest release, whatever its status; the app runs that one only if it succeeded.
 */
import { isSucceeded, type Release } from '@/api/releases'

/** A release's status in the CLI's words (`heroku releases`, `pipelines:promote`). */
export const RELEASE_STATUS_WORDS: Record<Release['status'], string> = {
  succeeded: 'succeeded',
  pending: 'release command executing',
  failed: 'release command failed',
  expired: 'release expired',
}

/**
 * Whether the release an app runs is an earlier one than its newest (the newest is still running
 * its release command, failed or expired), so it must be looked up.
 */
export const runsEarlierRelease = (newest: Release | null | undefined) =>
  newest != null && !isSucceeded(newest)

/**
 * The release an app runs: its newest when that succeeded, none when it has no release, else
 * `earlier` (its newest succeeded one, looked up apart). Undefined while that is not known yet.
 */
export function runningRelease(
  newest: Release | null | undefined,
  earlier: Release | null | undefined,
): Release | null | undefined {
  if (newest === undefined || newest === null) return newest
  return runsEarlierRelease(newest) ? earlier : newest
}

/**
 * Whether the app has a succeeded release to promote, from its newest release alone: undefined
 * when that is not enough to tell (the newest did not succeed, and an earlier one may have).
 */
export function hasSucceededRelease(newest: Release | null | undefined): boolean | undefined {
  const running = runningRelease(newest, undefined)
  return running === undefined ? undefined : running !== null
}

import { NEEDED, requireAppPermission } from './access'
import { invalidParams, notFound } from './errors'
import { currentUser, requireApp, type Platform } from './store'
import { isoTimestamp } from './time'
import type { AppRecord, PlatformState, ReleaseRecord, SlugRecord } from './types'

/** The app's releases, oldest first. */
export function appReleases(platform: Platform, appId: string): readonly ReleaseRecord[] {
  return platform.state.releases[appId] ?? []
}

/** The release the app runs: its newest succeeded one (a failed release phase leaves the old one). */
export function currentRelease(platform: Platform, appId: string): ReleaseRecord | undefined {
  return appReleases(platform, appId).findLast((release) => release.status === 'succeeded')
}

/**
 * Whether a rollback may run this release's slug again. The current release is eligible too: the
 * Platform API's own example and the Heroku CLI's fixtures mark it so, and `heroku rollback` counts
 * on it (with no version, it takes the second eligible release of the newest ten). Rolling back to
 * the current release is then a new release of the same slug, as Heroku makes it.
 */
export function isEligibleForRollback(release: ReleaseRecord): boolean {
  return release.status === 'succeeded' && release.slugId !== null
}

/** `{release_identity}`: a release id or its version number. */
export function requireRelease(platform: Platform, appId: string, identity: string): ReleaseRecord {
  const release = appReleases(platform, appId).find(
    (r) => r.id === identity || String(r.version) === identity,
  )
  if (!release) throw notFound('release')
  return release
}

export function requireSlug(platform: Platform, slugId: string): SlugRecord {
  const slug = platform.state.slugs[slugId]
  if (!slug) throw notFound('slug')
  return slug
}

interface NewRelease {
  slugId: string | null
  description: string
  /** rollbacks skip the release phase; deploys and promotions run it */
  runReleasePhase: boolean
  /** when the release is made, epoch ms; defaults to now (promotions schedule theirs) */
  at?: number
}

export function addRelease(platform: Platform, app: AppRecord, input: NewRelease): ReleaseRecord {
  const previous = appReleases(platform, app.id).at(-1)
  const atMs = input.at ?? platform.now()
  const at = isoTimestamp(atMs)
  const user = currentUser(platform)
  const phase = input.runReleasePhase ? app.releasePhase : null
  let outcome: ReleaseRecord['releasePhaseOutcome'] = null
  if (phase) {
    outcome = phase.failuresLeft > 0 ? 'failed' : 'succeeded'
    if (phase.failuresLeft > 0) phase.failuresLeft -= 1
  }
  const release: ReleaseRecord = {
    id: platform.newId(),
    appId: app.id,
    version: (previous?.version ?? 0) + 1,
    status: phase ? 'pending' : 'succeeded',
    description: input.description,
    slugId: input.slugId,
    user: { id: user.id, email: user.email },
    addon_plan_names: previous?.addon_plan_names ?? [],
    created_at: at,
    updated_at: at,
    releasePhaseEndsAt: phase ? atMs + platform.timings.releasePhase : null,
    releasePhaseOutcome: outcome,
  }
  const { releases } = platform.state
  releases[app.id] = [...(releases[app.id] ?? []), release]
  if (release.releasePhaseEndsAt !== null) {
    const due = nextPhaseEnd.get(platform.state)
    if (due !== undefined && (due === null || release.releasePhaseEndsAt < due)) {
      nextPhaseEnd.set(platform.state, release.releasePhaseEndsAt)
    }
  }
  app.released_at = at
  app.updated_at = at
  platform.markDirty()
  return release
}

/** `POST /apps/{app}/releases {slug, description}`: release an existing slug (how slugs are copied). */
export function releaseSlug(
  platform: Platform,
  appIdentity: string,
  input: { slug: unknown; description?: unknown },
): ReleaseRecord {
  const app = requireApp(platform, appIdentity)
  requireAppPermission(platform, app, NEEDED.release)
  if (typeof input.slug !== 'string') throw invalidParams('slug is required.')
  const slug = requireSlug(platform, input.slug)
  const description =
    typeof input.description === 'string' && input.description.trim() !== ''
      ? input.description
      : `Deploy ${slug.commit?.slice(0, 8) ?? slug.id.slice(0, 8)}`
  return addRelease(platform, app, { slugId: slug.id, description, runReleasePhase: true })
}

/** `POST /apps/{app}/releases {release}`: a new release running an older release's slug. */
export function rollback(
  platform: Platform,
  appIdentity: string,
  releaseId: unknown,
): ReleaseRecord {
  const app = requireApp(platform, appIdentity)
  requireAppPermission(platform, app, NEEDED.rollBack)
  if (typeof releaseId !== 'string') throw invalidParams('release is required.')
  const target = requireRelease(platform, app.id, releaseId)
  if (!isEligibleForRollback(target)) {
    throw invalidParams(`Release v${target.version} is not eligible for rollback.`)
  }
  // Heroku does not run the release phase on a rollback: the slug already ran it once.
  return addRelease(platform, app, {
    slugId: target.slugId,
    description: `Rollback to v${target.version}`,
    runReleasePhase: false,
  })
}

/**
 * When the next release phase ends, per state (null: none runs). settleReleases runs before every
 * request, and a 2,000-app scenario holds some 20,000 releases: reading them all each time cost
 * more than answering. Kept beside the state, not in it, so a state restored or replaced is
 * simply read once more.
 */
const nextPhaseEnd = new WeakMap<PlatformState, number | null>()

function earliestPhaseEnd(state: PlatformState): number | null {
  let earliest: number | null = null
  for (const list of Object.values(state.releases)) {
    for (const release of list) {
      const ends = release.status === 'pending' ? release.releasePhaseEndsAt : null
      if (ends !== null && (earliest === null || ends < earliest)) earliest = ends
    }
  }
  return earliest
}

/** Ends the release phases whose time has come. */
export function settleReleases(platform: Platform): void {
  const { state } = platform
  const now = platform.now()
  let due = nextPhaseEnd.get(state)
  if (due === undefined) {
    due = earliestPhaseEnd(state)
    nextPhaseEnd.set(state, due)
  }
  if (due === null || due > now) return
  for (const release of Object.values(state.releases).flat()) {
    if (release.status !== 'pending' || release.releasePhaseEndsAt === null) continue
    if (release.releasePhaseEndsAt > now) continue
    release.status = release.releasePhaseOutcome ?? 'succeeded'
    release.updated_at = isoTimestamp(release.releasePhaseEndsAt)
    release.releasePhaseEndsAt = null
    platform.markDirty()
  }
  nextPhaseEnd.set(state, earliestPhaseEnd(state))
}

/**
 * A pipeline's activity, newest first, put together from what can be read: Heroku has no
 * pipeline-wide feed. Releases say what ran where (deploys, promotions, rollbacks, config
 * changes), the review apps say when each was made, and Stageboard's own log
 * (src/lib/activity-log.ts) says what Heroku keeps no trace of: moves, promotions started here,
 * review apps deleted, locks.
 */
import type { Release } from '@/api/release-schema'
import type { ReviewApp } from '@/api/review-apps'
import type { Logged } from './activity-log'
import { reviewAppName } from './review-apps'

export type ActivityKind =
  'promotion' | 'deploy' | 'rollback' | 'release' | 'move' | 'review-app' | 'lock'

/** The kinds, as the filter offers them. */
export const ACTIVITY_KINDS: readonly { kind: ActivityKind; label: string }[] = [
  { kind: 'promotion', label: 'Promotions' },
  { kind: 'deploy', label: 'Deploys' },
  { kind: 'rollback', label: 'Rollbacks' },
  { kind: 'release', label: 'Other releases' },
  { kind: 'move', label: 'Moves between stages' },
  { kind: 'review-app', label: 'Review apps' },
  { kind: 'lock', label: 'Locks' },
]

export const isActivityKind = (value: string): value is ActivityKind =>
  ACTIVITY_KINDS.some(({ kind }) => kind === value)

/** One release in an entry: where to open it. */
export interface ReleaseRef {
  appId: string
  appName: string
  version: number
  status: Release['status']
}

export type ActivityDetail =
  /** one release, or the same one on several apps at once (a promotion's targets, say) */
  | {
      type: 'releases'
      description: string
      releases: ReleaseRef[]
      /** the commit released, as the description names it, and the one each app ran before */
      commit: string | null
      base: string | null
    }
  /** a promotion started from Stageboard, with the releases it made that are in view */
  | { type: 'promotion'; event: Extract<Logged, { kind: 'promotion' }>; releases: ReleaseRef[] }
  | { type: 'logged'; event: Exclude<Logged, { kind: 'promotion' }> }
  | { type: 'review-app'; name: string; appId: string | null; status: ReviewApp['status'] }

export interface ActivityEntry {
  id: string
  kind: ActivityKind
  at: string
  /** who, when known: Heroku does not say who made a review app */
  by: string | null
  /** the names of the apps it concerns, for the filter */
  apps: string[]
  detail: ActivityDetail
}

/** How far apart the same release on two apps may be and still be one entry. */
const GROUP_WINDOW_MS = 2 * 60_000
/** How long after a logged promotion its releases may come and still be its own. */
const PROMOTION_WINDOW_MS = 30 * 60_000

const DEPLOY = /^Deploy ([0-9a-f]{7,40})\b/
const PROMOTE = /^Promote (\S+) v(\d+)(?: ([0-9a-f]{7,40}))?/

/** What a release was, and the commit it names, from Heroku's description of it. */
export function readDescription(description: string): {
  kind: 'promotion' | 'deploy' | 'rollback' | 'release'
  commit: string | null
} {
  const deploy = DEPLOY.exec(description)
  if (deploy) return { kind: 'deploy', commit: deploy[1] ?? null }
  const promote = PROMOTE.exec(description)
  if (promote) return { kind: 'promotion', commit: promote[3] ?? null }
  if (ROLLBACK_TO.test(description)) return { kind: 'rollback', commit: null }
  return { kind: 'release', commit: null }
}

const ROLLBACK_TO = /^Rollback to v(\d+)/

/**
 * The commit each release's app ran before it, among the releases known, by release id: null
 * where that cannot be told (a rollback to a release not read, a promotion without its commit).
 */
function commitsBefore(releases: readonly Release[]) {
  const byApp = new Map<string, Release[]>()
  for (const release of releases) {
    const list = byApp.get(release.app.id) ?? []
    list.push(release)
    byApp.set(release.app.id, list)
  }
  const before = new Map<string, string | null>()
  for (const list of byApp.values()) {
    list.sort((a, b) => a.version - b.version)
    // What the app ran once each version was out, by version.
    const ranAfter = new Map<number, string | null>()
    let ran: string | null = null
    for (const release of list) {
      before.set(release.id, ran)
      if (release.status === 'succeeded') {
        const { kind, commit } = readDescription(release.description)
        const back = ROLLBACK_TO.exec(release.description)
        if (back) ran = ranAfter.get(Number(back[1])) ?? null
        else if (kind === 'deploy' || kind === 'promotion') ran = commit
        // Other releases (config vars, add-ons) leave the code as it was.
      }
      ranAfter.set(release.version, ran)
    }
  }
  return before
}

const newestFirst = (a: { at: string }, b: { at: string }) => Date.parse(b.at) - Date.parse(a.at)

/**
 * Releases as entries: the same description on several apps within a couple of minutes (a
 * promotion to many targets, say) is one entry, not one per app.
 */
export function releaseEntries(releases: readonly Release[]): ActivityEntry[] {
  const unique = [...new Map(releases.map((release) => [release.id, release])).values()]
  const before = commitsBefore(unique)
  const sorted = unique.map((release) => ({ release, at: release.created_at })).sort(newestFirst)
  // The open group of each description and author, with the time of its oldest release so far:
  // a promotion's targets released over several minutes, each within a couple of the one before,
  // stay one entry.
  const open = new Map<
    string,
    { entry: ActivityEntry & { detail: { type: 'releases' } }; oldest: number }
  >()
  const entries: ActivityEntry[] = []
  for (const { release } of sorted) {
    const ref: ReleaseRef = {
      appId: release.app.id,
      appName: release.app.name,
      version: release.version,
      status: release.status,
    }
    const key = `${release.description}\u0000${release.user.email}`
    const at = Date.parse(release.created_at)
    const group = open.get(key)
    if (
      group &&
      group.oldest - at <= GROUP_WINDOW_MS &&
      !group.entry.apps.includes(release.app.name)
    ) {
      const { entry } = group
      entry.detail.releases.push(ref)
      entry.apps.push(release.app.name)
      if (entry.detail.base !== (before.get(release.id) ?? null)) entry.detail.base = null
      group.oldest = at
      continue
    }
    const { kind, commit } = readDescription(release.description)
    const entry = {
      id: `release-${release.id}`,
      kind,
      at: release.created_at,
      by: release.user.email,
      apps: [release.app.name],
      detail: {
        type: 'releases' as const,
        description: release.description,
        releases: [ref],
        commit,
        base: before.get(release.id) ?? null,
      },
    }
    open.set(key, { entry, oldest: at })
    entries.push(entry)
  }
  // A base the same as the commit compares nothing.
  for (const entry of entries) {
    const { detail } = entry
    if (detail.type === 'releases' && detail.base === detail.commit) detail.base = null
  }
  return entries
}

function loggedEntry(key: string, event: Logged): ActivityEntry {
  const common = { id: key, at: event.at, by: event.by }
  switch (event.kind) {
    case 'move':
      return { ...common, kind: 'move', apps: [event.app], detail: { type: 'logged', event } }
    case 'promotion':
      return {
        ...common,
        kind: 'promotion',
        apps: [event.from],
        detail: { type: 'promotion', event, releases: [] },
      }
    case 'review-app-deleted':
      return { ...common, kind: 'review-app', apps: [], detail: { type: 'logged', event } }
    case 'locked':
    case 'unlocked':
      return { ...common, kind: 'lock', apps: [], detail: { type: 'logged', event } }
  }
}

function reviewAppEntry(reviewApp: ReviewApp): ActivityEntry {
  return {
    id: `review-app-${reviewApp.id}`,
    kind: 'review-app',
    at: reviewApp.created_at,
    by: null,
    apps: [],
    detail: {
      type: 'review-app',
      name: reviewAppName(reviewApp),
      appId: reviewApp.app?.id ?? null,
      status: reviewApp.status,
    },
  }
}

/**
 * A logged promotion takes in the release entries it made (`Promote <source> v<N>` soon after
 * it), so one promotion reads as one entry.
 */
function joinPromotions(entries: ActivityEntry[]): ActivityEntry[] {
  const taken = new Set<string>()
  for (const entry of entries) {
    const { detail } = entry
    if (detail.type !== 'promotion') continue
    const { from, version } = detail.event
    const started = Date.parse(entry.at)
    for (const other of entries) {
      const made = other.detail
      if (made.type !== 'releases' || other.kind !== 'promotion' || taken.has(other.id)) continue
      const at = Date.parse(other.at)
      const promoted = PROMOTE.exec(made.description)
      // Heroku's releases of a promotion name its source and version, and whoever started it.
      const same =
        promoted?.[1] === from &&
        (version === null || Number(promoted[2]) === version) &&
        other.by === entry.by
      if (!same || at < started - GROUP_WINDOW_MS || at > started + PROMOTION_WINDOW_MS) continue
      detail.releases.push(...made.releases)
      entry.apps.push(...other.apps)
      taken.add(other.id)
    }
  }
  return entries.filter((entry) => !taken.has(entry.id))
}

/** Everything known, as one timeline, newest first. */
export function composeActivity({
  releases,
  reviewApps,
  log,
}: {
  releases: readonly Release[]
  reviewApps: readonly ReviewApp[]
  log: readonly { key: string; event: Logged }[]
}): ActivityEntry[] {
  const entries = [
    ...log.map(({ key, event }) => loggedEntry(key, event)),
    ...releaseEntries(releases),
    ...reviewApps.map(reviewAppEntry),
  ].sort(newestFirst)
  return joinPromotions(entries)
}

export interface ActivityFilter {
  app: string
  kind: ActivityKind | ''
}

export const filterActivity = (entries: readonly ActivityEntry[], { app, kind }: ActivityFilter) =>
  entries.filter(
    (entry) => (kind === '' || entry.kind === kind) && (app === '' || entry.apps.includes(app)),
  )

/** GitHub's comparison of two commits, as a person opens it. */
export const githubCompareUrl = (repo: string, base: string, head: string) =>
  `https://github.com/${repo}/compare/${base}...${head}`

export const githubCommitUrl = (repo: string, sha: string) =>
  `https://github.com/${repo}/commit/${sha}`

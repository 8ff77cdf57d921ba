/**
 * Drift by code, not by app: a stage's apps grouped by the code they run. A fleet of 1,300
 * production apps runs a handful of commits, so a card compares itself with each group of its
 * neighbouring stage, and GitHub is asked once per distinct pair of commits, never per pair of apps.
 */
import type { Release, Slug } from '@/api/releases'
import type { AppCode } from './drift'
import { formatCount, plural, shortSha } from './format'
import { STAGE_LABELS, type BoardStage } from './stages'

/** What the apps of a group have in common: one commit of one repository, or one reason why not. */
export interface CodeGroup<T> {
  key: string
  code: AppCode
  /** largest group first; within a group, in the order given */
  apps: T[]
}

/**
 * The code an app runs, from what is known of it: the release it runs, that release's slug, the
 * repository it deploys from, and the first failure met reading them.
 */
export function codeOf(known: {
  running: Release | null | undefined
  slug: Slug | undefined
  /** `owner/name`; null: not connected to GitHub; undefined: not known yet */
  repo: string | null | undefined
  failure: Error | null | undefined
}): AppCode {
  const { running, slug, repo, failure } = known
  if (failure) return { status: 'error', message: failure.message }
  if (running === undefined) return { status: 'loading' }
  if (running === null || !running.slug) return { status: 'no-release' }
  return codeOfSlug(slug, repo, undefined)
}

/**
 * The code of a slug, the same for every app that runs it: a board works it out once per
 * distinct slug, not once per app.
 */
export function codeOfSlug(
  slug: Slug | undefined,
  repo: string | null | undefined,
  failure: Error | null | undefined,
): AppCode {
  if (failure) return { status: 'error', message: failure.message }
  if (!slug || repo === undefined) return { status: 'loading' }
  if (!slug.commit) return { status: 'no-commit' }
  if (repo === null) return { status: 'no-repo', commit: slug.commit }
  return { status: 'ready', commit: slug.commit, repo }
}

/** Apps that share this key share their code, as far as drift can tell. */
export function codeKey(code: AppCode): string {
  switch (code.status) {
    case 'ready':
      return `commit:${code.repo}:${code.commit}`
    case 'no-repo':
      return `no-repo:${code.commit}`
    case 'error':
      return `error:${code.message}`
    default:
      return code.status
  }
}

/** A stage's apps by the code they run: the largest group first, ties by their first app. */
export function groupByCode<T>(apps: T[], code: (app: T) => AppCode): CodeGroup<T>[] {
  const groups = new Map<string, CodeGroup<T>>()
  // Apps that run one slug share one code object: its key is made once, not once per app.
  const keys = new Map<AppCode, string>()
  for (const app of apps) {
    const appCode = code(app)
    let key = keys.get(appCode)
    if (key === undefined) {
      key = codeKey(appCode)
      keys.set(appCode, key)
    }
    const group = groups.get(key)
    if (group) group.apps.push(app)
    else groups.set(key, { key, code: appCode, apps: [app] })
  }
  return [...groups.values()].sort((a, b) => b.apps.length - a.apps.length)
}

/** What to call a group in a sentence: its app, its two apps, or "1,240 production apps". */
export function groupLabel(names: string[], stage: BoardStage): string {
  if (names.length === 1) return names[0] ?? ''
  if (names.length === 2) return `${names[0]} and ${names[1]}`
  return `${formatCount(names.length)} ${STAGE_LABELS[stage].toLowerCase()} apps`
}

/** What a group of apps runs, after its count: "on 84fd456", "with no release". */
export function codeWords(code: AppCode): string {
  switch (code.status) {
    case 'ready':
    case 'no-repo':
      return `on ${shortSha(code.commit)}`
    case 'no-release':
      return 'with no release'
    case 'no-commit':
      return 'with no commit'
    case 'error':
      return 'unreadable'
    case 'loading':
      return 'still being read'
  }
}

/** "1,240 on 84fd456", "3 with no release"; null while the group's code is still being read. */
function describeGroup(group: CodeGroup<unknown>): string | null {
  if (group.code.status === 'loading') return null
  return `${formatCount(group.apps.length)} ${codeWords(group.code)}`
}

/**
 * A stage at a glance, for its column header: "1,300 apps · 3 versions: 1,240 on 84fd456, 45 on
 * 0a1b2c3, 15 on 9d8e7f6". One app says only that; groups still loading are left out.
 */
export function describeStage(groups: CodeGroup<unknown>[], shown = 3): string {
  const total = groups.reduce((sum, group) => sum + group.apps.length, 0)
  const apps = plural(total, 'app')
  if (total < 2 || groups.some((group) => group.code.status === 'loading')) return apps
  const [only] = groups
  if (groups.length === 1 && only) {
    return `${apps} · all ${describeGroup(only)?.replace(/^[\d,]+ /, '') ?? ''}`
  }
  const listed = groups.slice(0, shown).flatMap((group) => describeGroup(group) ?? [])
  const more = groups.length > shown ? ', …' : ''
  return `${apps} · ${plural(groups.length, 'version')}: ${listed.join(', ')}${more}`
}

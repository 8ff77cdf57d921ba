/**
 * Drift: does an app run the same code as its neighbours? Like `heroku pipelines:diff`, it compares
 * the `slug.commit` of each app's newest succeeded release through GitHub's compare, but it reports
 * behind and diverged too, and says why whenever no comparison is possible.
 */
import type { Stage } from '@/api/couplings'
import { plural } from './format'
import { downstreamOf, upstreamOf } from './stages'

/** What code an app runs, as far as drift is concerned. */
export type AppCode =
  | { status: 'loading' }
  | { status: 'no-release' }
  | { status: 'no-commit' }
  | { status: 'no-repo'; commit: string }
  | { status: 'ready'; commit: string; repo: string }
  | { status: 'error'; message: string }

export interface DriftSide {
  appId: string
  name: string
  stage: Stage
  code: AppCode
}

/** The outcome for one app against one neighbour, from that app's point of view. */
export type Drift =
  | { kind: 'loading' }
  | { kind: 'identical' }
  | { kind: 'ahead'; ahead: number }
  | { kind: 'behind'; behind: number }
  | { kind: 'diverged'; ahead: number; behind: number }
  | { kind: 'not-compared'; reason: string }

/** GitHub's compare of `base...head`: the numbers drift needs. */
export interface CompareCounts {
  ahead_by: number
  behind_by: number
}

/** The request that settles a pair: GitHub compare, with downstream as base, as the CLI does. */
export interface ComparePlan {
  repo: string
  base: string
  head: string
}

export type DriftPlan = { kind: 'compare'; plan: ComparePlan } | { kind: 'settled'; drift: Drift }

/** Which apps an app is compared with: every app of the stages just upstream and downstream. */
export function neighboursOf<T extends { stage: Stage; appId: string }>(
  subject: T,
  apps: T[],
): T[] {
  const stages = [upstreamOf(subject.stage), downstreamOf(subject.stage)]
  return apps.filter((app) => app.appId !== subject.appId && stages.includes(app.stage))
}

/** Whether `a` sits in the stage that promotes into `b`'s. */
export const isUpstreamOf = (a: Pick<DriftSide, 'stage'>, b: Pick<DriftSide, 'stage'>) =>
  upstreamOf(b.stage) === a.stage

/** Why an app's code cannot be compared (`who` names it), or undefined when it can be. */
export function whyNotComparable(code: AppCode, who: string): string | undefined {
  switch (code.status) {
    case 'no-release':
      return `${who} has no succeeded release`
    case 'no-commit':
      return `${who} runs a slug with no commit`
    case 'no-repo':
      return `${who} is not connected to GitHub`
    case 'error':
      return `${who} could not be read (${code.message})`
    default:
      return undefined
  }
}

/** Decides, without asking GitHub, whatever can be decided; otherwise says what to compare. */
export function planDrift(subject: DriftSide, neighbour: DriftSide): DriftPlan {
  const settled = (drift: Drift): DriftPlan => ({ kind: 'settled', drift })
  if (subject.code.status === 'loading' || neighbour.code.status === 'loading') {
    return settled({ kind: 'loading' })
  }
  const reason =
    whyNotComparable(subject.code, 'this app') ?? whyNotComparable(neighbour.code, neighbour.name)
  if (reason) return settled({ kind: 'not-compared', reason })
  const own = subject.code as Extract<AppCode, { status: 'ready' }>
  const theirs = neighbour.code as Extract<AppCode, { status: 'ready' }>
  if (own.repo !== theirs.repo) {
    return settled({
      kind: 'not-compared',
      reason: `${neighbour.name} deploys from another repository (${theirs.repo})`,
    })
  }
  if (own.commit === theirs.commit) return settled({ kind: 'identical' })
  const [upstream, downstream] = isUpstreamOf(subject, neighbour) ? [own, theirs] : [theirs, own]
  return {
    kind: 'compare',
    plan: { repo: own.repo, base: downstream.commit, head: upstream.commit },
  }
}

/** Reads GitHub's answer from the subject's side: the head is the upstream app. */
export function driftFromComparison(
  subject: DriftSide,
  neighbour: DriftSide,
  counts: CompareCounts,
): Drift {
  const subjectIsHead = isUpstreamOf(subject, neighbour)
  const ahead = subjectIsHead ? counts.ahead_by : counts.behind_by
  const behind = subjectIsHead ? counts.behind_by : counts.ahead_by
  if (ahead === 0 && behind === 0) return { kind: 'identical' }
  if (behind === 0) return { kind: 'ahead', ahead }
  if (ahead === 0) return { kind: 'behind', behind }
  return { kind: 'diverged', ahead, behind }
}

/** The drift in words, as the badge says it. */
export function describeDrift(drift: Drift, neighbourName: string): string {
  switch (drift.kind) {
    case 'loading':
      return `Comparing with ${neighbourName}…`
    case 'identical':
      return `Up to date with ${neighbourName}`
    case 'ahead':
      return `${plural(drift.ahead, 'commit')} ahead of ${neighbourName}`
    case 'behind':
      return `${plural(drift.behind, 'commit')} behind ${neighbourName}`
    case 'diverged':
      return `Diverged from ${neighbourName}: ${drift.ahead} ahead, ${drift.behind} behind`
    case 'not-compared':
      return `Not compared with ${neighbourName}: ${drift.reason}`
  }
}

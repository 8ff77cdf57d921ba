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
  /** the side is a group of apps, named for them all ("3 production apps") */
  many?: boolean
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

/** Code that cannot be compared: no release, no commit, no repository, or unreadable. */
type UncomparableCode = Exclude<AppCode, { status: 'loading' | 'ready' }>

/** Why an app's code cannot be compared (`who` names it; `many` when it names several apps). */
function whyNotComparable(code: UncomparableCode, who: string, many = false): string {
  const [has, runs, is] = many ? ['have', 'run', 'are'] : ['has', 'runs', 'is']
  switch (code.status) {
    case 'no-release':
      return `${who} ${has} no succeeded release`
    case 'no-commit':
      return `${who} ${runs} a slug with no commit`
    case 'no-repo':
      return `${who} ${is} not connected to GitHub`
    case 'error':
      return `${who} could not be read (${code.message})`
  }
}

/** One app's code (or a group's), and what to call it when saying why it cannot be compared. */
interface NamedCode {
  name: string
  code: AppCode
  /** the name stands for several apps ("3 production apps") */
  many?: boolean
}

/** What can be told of two apps' code without GitHub, or what to ask GitHub. */
export type CodeComparisonPlan =
  | { kind: 'loading' }
  | { kind: 'not-comparable'; reason: string }
  | { kind: 'same-commit' }
  /** `other` deploys from another repository (`sameCommit`: yet runs the very same commit) */
  | { kind: 'other-repo'; repo: string; sameCommit: boolean }
  | { kind: 'compare'; plan: ComparePlan }

/**
 * The steps shared by drift badges and the promote dialog: wait for both sides; say why either
 * side cannot be compared (`own` first); tell apart another repository and the same commit, which
 * need no GitHub; otherwise GitHub compares the downstream commit (base) with the upstream one
 * (head), as `pipelines:diff` does.
 */
export function planComparison(
  own: NamedCode,
  other: NamedCode,
  ownIsUpstream: boolean,
): CodeComparisonPlan {
  const ours = own.code
  const theirs = other.code
  if (ours.status === 'loading' || theirs.status === 'loading') return { kind: 'loading' }
  if (ours.status !== 'ready') {
    return { kind: 'not-comparable', reason: whyNotComparable(ours, own.name, own.many) }
  }
  if (theirs.status !== 'ready') {
    return { kind: 'not-comparable', reason: whyNotComparable(theirs, other.name, other.many) }
  }
  const sameCommit = ours.commit === theirs.commit
  if (ours.repo !== theirs.repo) return { kind: 'other-repo', repo: theirs.repo, sameCommit }
  if (sameCommit) return { kind: 'same-commit' }
  const [upstream, downstream] = ownIsUpstream ? [ours, theirs] : [theirs, ours]
  return {
    kind: 'compare',
    plan: { repo: ours.repo, base: downstream.commit, head: upstream.commit },
  }
}

/** GitHub's counts from one side's point of view: `base...head` counts from the head's. */
export function countsFrom(counts: CompareCounts, isHead: boolean) {
  return isHead
    ? { ahead: counts.ahead_by, behind: counts.behind_by }
    : { ahead: counts.behind_by, behind: counts.ahead_by }
}

/** Where a GitHub compare stands, once it was needed. */
export type CompareResult<C extends CompareCounts = CompareCounts> =
  { kind: 'waiting' } | { kind: 'failed'; message: string } | { kind: 'compared'; comparison: C }

/** Why two apps have no comparison when GitHub refused or failed to make one. */
export const githubFailure = (message: string) => `GitHub could not compare them (${message})`

/** Decides, without asking GitHub, whatever can be decided; otherwise says what to compare. */
export function planDrift(subject: DriftSide, neighbour: DriftSide): DriftPlan {
  const settled = (drift: Drift): DriftPlan => ({ kind: 'settled', drift })
  const planned = planComparison(
    { name: 'this app', code: subject.code },
    neighbour,
    isUpstreamOf(subject, neighbour),
  )
  switch (planned.kind) {
    case 'loading':
      return settled({ kind: 'loading' })
    case 'not-comparable':
      return settled({ kind: 'not-compared', reason: planned.reason })
    case 'same-commit':
      return settled({ kind: 'identical' })
    case 'other-repo':
      // A badge compares like with like: another repository is not compared, even at one commit.
      return settled({
        kind: 'not-compared',
        reason: `${neighbour.name} deploys from another repository (${planned.repo})`,
      })
    case 'compare':
      return planned
  }
}

/** Reads GitHub's answer from the subject's side: the head is the upstream app. */
export function driftFromComparison(
  subject: DriftSide,
  neighbour: DriftSide,
  counts: CompareCounts,
): Drift {
  const { ahead, behind } = countsFrom(counts, isUpstreamOf(subject, neighbour))
  if (ahead === 0 && behind === 0) return { kind: 'identical' }
  if (behind === 0) return { kind: 'ahead', ahead }
  if (ahead === 0) return { kind: 'behind', behind }
  return { kind: 'diverged', ahead, behind }
}

/** The drift once a needed comparison stands where `result` says. */
export function driftAfterCompare(
  subject: DriftSide,
  neighbour: DriftSide,
  result: CompareResult,
): Drift {
  switch (result.kind) {
    case 'waiting':
      return { kind: 'loading' }
    case 'failed':
      return { kind: 'not-compared', reason: githubFailure(result.message) }
    case 'compared':
      return driftFromComparison(subject, neighbour, result.comparison)
  }
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

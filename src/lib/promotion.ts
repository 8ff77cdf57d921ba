/**
 * Promotion, as `heroku pipelines:promote` sees it: where code may go from a stage, which apps are
 * chosen by default, what each target will receive, and how a running promotion reads.
 */
import type { PipelineApp as BoardApp } from './board'
import {
  countsFrom,
  githubFailure,
  planComparison,
  type AppCode,
  type CompareCounts,
  type CompareResult,
} from './drift'
import { namesList, plural } from './format'
import { RELEASE_STATUS_WORDS } from './releases'
import { downstreamOf, STAGE_LABELS } from './stages'

type PipelineApp = Pick<BoardApp, 'appId' | 'name' | 'stage'>

/** Why an app cannot be promoted from, or null when it can (the "Promote…" button's state). */
export function promoteBlocker(
  source: PipelineApp & {
    hasSucceededRelease: boolean | undefined
    /** the version of the release it runs when that release carries no build (no slug) */
    runsNoCodeAt?: number
  },
  apps: PipelineApp[],
): string | null {
  const next = downstreamOf(source.stage)
  if (!next) return `Apps in ${STAGE_LABELS[source.stage]} have no next stage to promote to.`
  if (source.hasSucceededRelease === false) {
    return `${source.name} has no succeeded release to promote.`
  }
  if (source.runsNoCodeAt !== undefined) {
    // A release made before any build (or of config alone, on an app never built) has no slug:
    // there is nothing to copy.
    return `${source.name} runs v${source.runsNoCodeAt}, which has no build to promote. Deploy code to it first.`
  }
  if (!apps.some((app) => app.stage === next)) {
    return `There are no apps in ${STAGE_LABELS[next]} to promote to.`
  }
  return null
}

/** The CLI's default targets: every app of the next stage. */
export function defaultTargets(source: PipelineApp, apps: PipelineApp[]): string[] {
  const next = downstreamOf(source.stage)
  return apps.filter((app) => app.stage === next).map((app) => app.appId)
}

/** What a target will receive from the source, from the target's side. */
export type Delivery =
  | { kind: 'loading' }
  | { kind: 'same' }
  | { kind: 'new'; count: number }
  | { kind: 'back'; count: number }
  | { kind: 'replace'; count: number; lost: number }
  | { kind: 'unknown'; reason: string }

export type DeliveryPlan =
  | { kind: 'settled'; delivery: Delivery }
  | { kind: 'compare'; repo: string; base: string; head: string }

/**
 * Decides what can be decided without GitHub. A target with no release at all receives the
 * source's code whole; otherwise the target's commit is the base and the source's the head.
 */
export function planDelivery(
  source: { name: string; code: AppCode },
  target: { name: string; code: AppCode },
): DeliveryPlan {
  const settled = (delivery: Delivery): DeliveryPlan => ({ kind: 'settled', delivery })
  const planned = planComparison(source, target, true)
  if (planned.kind === 'loading') return settled({ kind: 'loading' })
  if (target.code.status === 'no-release') {
    return settled({ kind: 'unknown', reason: `${target.name} has no release yet` })
  }
  switch (planned.kind) {
    case 'not-comparable':
      return settled({ kind: 'unknown', reason: planned.reason })
    case 'same-commit':
      return settled({ kind: 'same' })
    case 'other-repo':
      // One commit is one slug's code, whichever repository it was pushed to.
      return planned.sameCommit
        ? settled({ kind: 'same' })
        : settled({ kind: 'unknown', reason: `${target.name} deploys from ${planned.repo}` })
    case 'compare':
      return { kind: 'compare', ...planned.plan }
  }
}

/** GitHub's compare of target...source, read as what the target gains and loses. */
export function deliveryFromComparison(counts: CompareCounts): Delivery {
  const { ahead: gained, behind: lost } = countsFrom(counts, true)
  if (gained === 0 && lost === 0) return { kind: 'same' }
  if (lost === 0) return { kind: 'new', count: gained }
  if (gained === 0) return { kind: 'back', count: lost }
  return { kind: 'replace', count: gained, lost }
}

/** What the target receives once a needed comparison stands where `result` says. */
export function deliveryAfterCompare(result: CompareResult): Delivery {
  switch (result.kind) {
    case 'waiting':
      return { kind: 'loading' }
    case 'failed':
      return { kind: 'unknown', reason: githubFailure(result.message) }
    case 'compared':
      return deliveryFromComparison(result.comparison)
  }
}

export function describeDelivery(delivery: Delivery): string {
  switch (delivery.kind) {
    case 'loading':
      return 'Comparing…'
    case 'same':
      return 'already runs this code'
    case 'new':
      return plural(delivery.count, 'new commit')
    case 'back':
      return `goes back ${plural(delivery.count, 'commit')}`
    case 'replace':
      return `${plural(delivery.count, 'new commit')}; ${plural(delivery.lost, 'commit')} of its own will be gone`
    case 'unknown':
      return `can't tell what changes: ${delivery.reason}`
  }
}

/** A promotion target as the API reports it, with its release once there is one. */
export interface TargetProgress {
  status: 'pending' | 'succeeded' | 'failed'
  error_message: string | null
  release: { version: number; status: 'pending' | 'succeeded' | 'failed' | 'expired' } | null
  /** the target has a release but its details are not loaded yet */
  releaseLoading: boolean
}

export type TargetStep =
  | { step: 'waiting' }
  | { step: 'released'; version: number | null }
  | { step: 'release-command'; version: number }
  | { step: 'succeeded'; version: number | null }
  | { step: 'failed'; version: number | null; message: string }

/** Where one target is: waiting, release created, release command executing, then the outcome. */
export function targetStep(target: TargetProgress): TargetStep {
  const version = target.release?.version ?? null
  if (target.status === 'succeeded') return { step: 'succeeded', version }
  if (target.status === 'failed') {
    return { step: 'failed', version, message: target.error_message ?? 'Promotion failed' }
  }
  if (!target.release)
    return target.releaseLoading ? { step: 'released', version } : { step: 'waiting' }
  if (target.release.status === 'pending') {
    return { step: 'release-command', version: target.release.version }
  }
  return { step: 'released', version }
}

export function describeStep(step: TargetStep): string {
  const v = (version: number | null) => (version === null ? '' : ` (v${version})`)
  switch (step.step) {
    case 'waiting':
      return 'Waiting'
    case 'released':
      return `Release created${v(step.version)}`
    case 'release-command':
      return `Release created (v${step.version}), ${RELEASE_STATUS_WORDS.pending}`
    case 'succeeded':
      return `Succeeded${v(step.version)}`
    case 'failed':
      return `Failed${v(step.version)}: ${step.message}`
  }
}

/** "Promoted to 2 apps", or which failed (a few by name, then how many more). */
export function summarizePromotion(
  targets: { name: string; status: 'pending' | 'succeeded' | 'failed' }[],
): string {
  const failed = targets.filter((target) => target.status === 'failed')
  const succeeded = targets.length - failed.length
  if (failed.length === 0) return `Promoted to ${plural(targets.length, 'app')}`
  const names = namesList(failed.map((target) => target.name))
  return succeeded === 0
    ? `Promotion failed on ${names}`
    : `Promoted to ${plural(succeeded, 'app')}; failed on ${names}`
}

/** How many targets have succeeded, failed, or are still waiting. */
export function countTargets(targets: { status: 'pending' | 'succeeded' | 'failed' }[]) {
  const counts = { succeeded: 0, failed: 0, waiting: 0 }
  for (const target of targets) {
    if (target.status === 'pending') counts.waiting += 1
    else counts[target.status] += 1
  }
  return counts
}

const STEP_ORDER: Record<TargetStep['step'], number> = {
  failed: 0,
  'release-command': 1,
  released: 2,
  waiting: 3,
  succeeded: 4,
}

/** The order a promotion's targets are listed in: failures first, then those under way. */
export const byStepThenName = (
  a: { step: TargetStep; name: string },
  b: { step: TargetStep; name: string },
) => STEP_ORDER[a.step.step] - STEP_ORDER[b.step.step] || a.name.localeCompare(b.name)

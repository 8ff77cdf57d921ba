import { NEEDED, requireAppPermission } from './access'
import { conflict, invalidParams, notFound } from './errors'
import { couplingOfApp } from './pipelines'
import { addRelease, currentRelease, requireRelease, settleReleases } from './releases'
import { findApp, requireApp, requirePipeline, type Platform } from './store'
import type { AppRecord, PromotionRecord, PromotionTargetRecord } from './types'

export interface PromotionInput {
  pipeline?: { id?: unknown }
  source?: { app?: { id?: unknown }; release?: { id?: unknown } }
  targets?: unknown
}

/** The apps a promotion's body names as targets, as given (ids or names); none when malformed. */
export function targetAppIdentities(input: { targets?: unknown }): unknown[] {
  if (!Array.isArray(input.targets)) return []
  return input.targets.map(
    (target: unknown) => (target as { app?: { id?: unknown } } | null)?.app?.id,
  )
}

function targetIdentities(targets: unknown): string[] {
  if (!Array.isArray(targets) || targets.length === 0) {
    throw invalidParams('targets must name at least one app.')
  }
  return targets.map((target: unknown) => {
    const id = (target as { app?: { id?: unknown } } | null)?.app?.id
    if (typeof id !== 'string') throw invalidParams('Each target must be {"app": {"id": ...}}.')
    return id
  })
}

/**
 * `POST /pipeline-promotions`: copy the source's slug to each target. Targets may sit in any stage
 * of the pipeline (the CLI's `--to`), never the source itself. The work happens over time: see
 * advancePromotions.
 */
export function createPromotion(platform: Platform, input: PromotionInput): PromotionRecord {
  const pipelineId = input.pipeline?.id
  const sourceId = input.source?.app?.id
  if (typeof pipelineId !== 'string') throw invalidParams('pipeline is required.')
  if (typeof sourceId !== 'string') throw invalidParams('source app is required.')
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  const source = requireApp(platform, sourceId)
  const inPipeline = (app: AppRecord) => couplingOfApp(platform, app.id)?.pipelineId === pipeline.id
  if (!inPipeline(source))
    throw invalidParams(`${source.name} is not in the ${pipeline.name} pipeline.`)

  const releaseId = input.source?.release?.id
  const release =
    typeof releaseId === 'string'
      ? requireRelease(platform, source.id, releaseId)
      : currentRelease(platform, source.id)
  if (!release || release.status !== 'succeeded' || release.slugId === null) {
    throw invalidParams(`${source.name} has no succeeded release to promote.`)
  }

  const resolved = targetIdentities(input.targets).map((identity) => {
    const app = findApp(platform, identity)
    if (!app || !inPipeline(app)) throw notFound('app')
    if (app.id === source.id) {
      throw invalidParams(`Cannot promote from an app to itself: ${app.name}.`)
    }
    return app
  })
  // One target per app, however it was named (id or name, or both): never promoted twice.
  const targets = [...new Map(resolved.map((app) => [app.id, app])).values()]
  // All or nothing: one target the caller may not deploy to refuses the whole promotion, so no
  // half of it runs. (Heroku's behaviour here is not documented.)
  for (const app of targets) requireAppPermission(platform, app, NEEDED.promoteTo)
  const busy = targets.find((app) => pendingTargetOf(platform, app.id))
  if (busy) throw conflict(`A promotion to ${busy.name} is already in progress.`)

  const at = platform.timestamp()
  const promotion: PromotionRecord = {
    id: platform.newId(),
    pipelineId: pipeline.id,
    sourceAppId: source.id,
    sourceReleaseId: release.id,
    userId: platform.actor().id,
    status: 'pending',
    created_at: at,
    updated_at: at,
  }
  platform.state.promotions[promotion.id] = promotion
  targets.forEach((app, index) => {
    const target: PromotionTargetRecord = {
      id: platform.newId(),
      promotionId: promotion.id,
      appId: app.id,
      releaseId: null,
      status: 'pending',
      error_message: null,
      releaseDueAt: platform.now() + platform.timings.promotionStep * (index + 1),
    }
    platform.state.promotionTargets[target.id] = target
  })
  platform.markDirty()
  return promotion
}

function pendingTargetOf(platform: Platform, appId: string) {
  return Object.values(platform.state.promotionTargets).find(
    (target) => target.appId === appId && target.status === 'pending',
  )
}

export function requirePromotion(platform: Platform, id: string): PromotionRecord {
  const promotion = platform.state.promotions[id]
  if (!promotion) throw notFound('pipeline promotion')
  return promotion
}

export function promotionTargets(platform: Platform, promotionId: string): PromotionTargetRecord[] {
  requirePromotion(platform, promotionId)
  return Object.values(platform.state.promotionTargets).filter(
    (target) => target.promotionId === promotionId,
  )
}

function failTarget(target: PromotionTargetRecord, message: string) {
  target.status = 'failed'
  target.error_message = message
}

/** Gives each due target its release: the source's slug, described as Heroku does. */
function releaseDueTargets(platform: Platform, pending: PromotionTargetRecord[]) {
  const { state } = platform
  for (const target of pending) {
    if (target.releaseId !== null || target.releaseDueAt > platform.now()) continue
    const promotion = state.promotions[target.promotionId]
    const source = promotion && state.apps[promotion.sourceAppId]
    const app = state.apps[target.appId]
    const sourceRelease =
      source && state.releases[source.id]?.find((r) => r.id === promotion.sourceReleaseId)
    const slug = sourceRelease?.slugId ? state.slugs[sourceRelease.slugId] : undefined
    if (!source || !app || !sourceRelease || !slug) {
      failTarget(target, 'Could not find the slug to promote')
      continue
    }
    // Made in the promoter's name, whoever's request moves the platform's clock past it.
    const release = platform.actingAs(promotion.userId, () =>
      addRelease(platform, app, {
        slugId: slug.id,
        description:
          `Promote ${source.name} v${sourceRelease.version} ${slug.commit?.slice(0, 7) ?? ''}`.trim(),
        runReleasePhase: true,
        at: target.releaseDueAt,
      }),
    )
    target.releaseId = release.id
  }
}

/** A target settles with its release: succeeded, or failed with the release phase's error. */
function settleTargets(platform: Platform, pending: PromotionTargetRecord[]) {
  const { state } = platform
  for (const target of pending) {
    if (target.status !== 'pending' || target.releaseId === null) continue
    const release = state.releases[target.appId]?.find((r) => r.id === target.releaseId)
    if (!release || release.status === 'pending') continue
    if (release.status === 'succeeded') target.status = 'succeeded'
    else failTarget(target, 'release command failed')
  }
}

/**
 * Moves every pending promotion forward to the platform's present. Called before each request, so
 * the mock needs no timers: a reload, a fake clock or a paused tab all see the same history.
 */
export function advancePromotions(platform: Platform): void {
  const { state } = platform
  const pending = Object.values(state.promotionTargets).filter((t) => t.status === 'pending')
  if (pending.length > 0) releaseDueTargets(platform, pending)
  settleReleases(platform)
  if (pending.length === 0) return
  settleTargets(platform, pending)
  for (const promotion of Object.values(state.promotions)) {
    if (promotion.status !== 'pending') continue
    const targets = Object.values(state.promotionTargets).filter(
      (t) => t.promotionId === promotion.id,
    )
    if (targets.every((t) => t.status !== 'pending')) {
      promotion.status = 'completed'
      promotion.updated_at = platform.timestamp()
    }
  }
  platform.markDirty()
}

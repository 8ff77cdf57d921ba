import { describe, expect, it } from 'vitest'
import { appNamed, pipelineNamed, refusal, testPlatform, TIMINGS } from '../test/support'
import { advancePromotions, createPromotion, promotionTargets } from './promotions'
import { appReleases, currentRelease } from './releases'
import type { Platform } from './store'

const { promotionStep, releasePhase } = TIMINGS

function promote(platform: Platform, source: string, targets: string[], pipeline = 'billing-api') {
  return createPromotion(platform, {
    pipeline: { id: pipelineNamed(platform, pipeline).id },
    source: { app: { id: appNamed(platform, source).id } },
    targets: targets.map((name) => ({ app: { id: appNamed(platform, name).id } })),
  })
}

const targetOf = (platform: Platform, promotionId: string, app: string) =>
  promotionTargets(platform, promotionId).find((t) => t.appId === appNamed(platform, app).id)!

describe('a promotion from staging to both production apps', () => {
  it('releases the source slug on each target over time and completes when all settled', () => {
    const { platform, clock } = testPlatform()
    const source = appNamed(platform, 'billing-api-staging')
    const sourceRelease = currentRelease(platform, source.id)!
    const slug = platform.state.slugs[sourceRelease.slugId!]!
    const euBefore = currentRelease(platform, appNamed(platform, 'billing-api-eu').id)!
    const prodVersion = currentRelease(platform, appNamed(platform, 'billing-api').id)!.version

    const promotion = promote(platform, 'billing-api-staging', ['billing-api', 'billing-api-eu'])
    expect(promotion).toMatchObject({ status: 'pending', sourceReleaseId: sourceRelease.id })
    const prod = () => targetOf(platform, promotion.id, 'billing-api')
    const eu = () => targetOf(platform, promotion.id, 'billing-api-eu')
    for (const target of [prod(), eu()]) {
      expect(target).toMatchObject({ status: 'pending', releaseId: null, error_message: null })
    }

    clock.advance(promotionStep) // the first target's turn
    advancePromotions(platform)
    expect(eu().releaseId).toBeNull()
    const prodRelease = appReleases(platform, prod().appId).find((r) => r.id === prod().releaseId)!
    expect(prodRelease).toMatchObject({
      version: prodVersion + 1,
      slugId: slug.id,
      description: `Promote billing-api-staging v${sourceRelease.version} ${slug.commit?.slice(0, 7)}`,
      status: 'pending', // billing-api runs a release phase
      created_at: '2026-11-21T12:00:01Z',
    })
    expect(prod().status).toBe('pending')

    clock.advance(promotionStep) // the second target's turn
    advancePromotions(platform)
    const euRelease = appReleases(platform, eu().appId).find((r) => r.id === eu().releaseId)!
    expect(euRelease).toMatchObject({ slugId: slug.id, status: 'pending' })

    clock.advance(releasePhase - promotionStep) // prod's release phase ends
    advancePromotions(platform)
    expect(prodRelease.status).toBe('succeeded')
    expect(prod()).toMatchObject({ status: 'succeeded', error_message: null })
    expect(eu().status).toBe('pending')
    expect(promotion.status).toBe('pending')

    clock.advance(promotionStep) // eu's release phase ends, and fails once
    advancePromotions(platform)
    expect(euRelease.status).toBe('failed')
    expect(eu()).toMatchObject({ status: 'failed', error_message: 'release command failed' })
    expect(currentRelease(platform, eu().appId)?.id).toBe(euBefore.id)
    expect(currentRelease(platform, prod().appId)?.id).toBe(prodRelease.id)
    expect(promotion).toMatchObject({ status: 'completed', updated_at: '2026-11-21T12:00:05Z' })
  })

  it('succeeds on a second try to the app whose release command failed once', () => {
    const { platform, clock } = testPlatform()
    const first = promote(platform, 'billing-api-staging', ['billing-api-eu'])
    clock.advance(promotionStep + releasePhase)
    advancePromotions(platform)
    expect(targetOf(platform, first.id, 'billing-api-eu').status).toBe('failed')

    const second = promote(platform, 'billing-api-staging', ['billing-api-eu'])
    clock.advance(promotionStep + releasePhase)
    advancePromotions(platform)
    const target = targetOf(platform, second.id, 'billing-api-eu')
    expect(target).toMatchObject({ status: 'succeeded', error_message: null })
    expect(currentRelease(platform, target.appId)?.id).toBe(target.releaseId)
    expect(second.status).toBe('completed')
  })

  it('settles a target without a release phase as soon as its release is made', () => {
    const { platform, clock } = testPlatform()
    // Targets may sit in any stage of the pipeline, upstream too.
    const promotion = promote(platform, 'billing-api-staging', ['billing-api-dev'])
    clock.advance(promotionStep - 1)
    advancePromotions(platform)
    expect(targetOf(platform, promotion.id, 'billing-api-dev').releaseId).toBeNull()
    clock.advance(1)
    advancePromotions(platform)
    expect(targetOf(platform, promotion.id, 'billing-api-dev').status).toBe('succeeded')
    expect(promotion.status).toBe('completed')
  })

  it('makes one target per app, even when an app is named twice (by id and by name)', () => {
    const { platform } = testPlatform()
    const prod = appNamed(platform, 'billing-api')
    const promotion = createPromotion(platform, {
      pipeline: { id: pipelineNamed(platform, 'billing-api').id },
      source: { app: { id: appNamed(platform, 'billing-api-staging').id } },
      targets: [{ app: { id: prod.id } }, { app: { id: 'billing-api' } }, { app: { id: prod.id } }],
    })
    expect(promotionTargets(platform, promotion.id).map((t) => t.appId)).toEqual([prod.id])
  })

  it('promotes an explicitly chosen older source release', () => {
    const { platform, clock } = testPlatform()
    const source = appNamed(platform, 'billing-api-staging')
    const older = appReleases(platform, source.id).at(-3)!
    const promotion = createPromotion(platform, {
      pipeline: { id: pipelineNamed(platform, 'billing-api').id },
      source: { app: { id: source.id }, release: { id: older.id } },
      targets: [{ app: { id: appNamed(platform, 'billing-api-dev').id } }],
    })
    clock.advance(promotionStep)
    advancePromotions(platform)
    const target = targetOf(platform, promotion.id, 'billing-api-dev')
    const release = appReleases(platform, target.appId).at(-1)!
    expect(release.id).toBe(target.releaseId)
    expect(release.slugId).toBe(older.slugId)
    expect(release.description).toMatch(
      new RegExp(`^Promote billing-api-staging v${older.version} [0-9a-f]{7}$`),
    )
  })
})

const REFUSED_TARGETS: [string, string[], number, string][] = [
  ['no targets', [], 422, 'targets must name at least one app.'],
  [
    'the source as a target',
    ['billing-api-staging'],
    422,
    'Cannot promote from an app to itself: billing-api-staging.',
  ],
  ['a target outside the pipeline', ['storefront-prod'], 404, "Couldn't find that app."],
]

describe('refused promotions', () => {
  it.each(REFUSED_TARGETS)('refuses %s', (_, targets, status, message) => {
    const { platform } = testPlatform()
    expect(refusal(() => promote(platform, 'billing-api-staging', targets))).toMatchObject({
      status,
      message,
    })
    expect(platform.state.promotions).toEqual({})
    expect(platform.state.promotionTargets).toEqual({})
  })

  it('refuses a source with no succeeded release, or outside the pipeline, with 422', () => {
    const { platform } = testPlatform()
    expect(
      refusal(() =>
        promote(platform, 'marketing-site-staging', ['marketing-site'], 'marketing-site'),
      ),
    ).toMatchObject({
      status: 422,
      message: 'marketing-site-staging has no succeeded release to promote.',
    })
    expect(refusal(() => promote(platform, 'storefront-prod', ['billing-api']))).toMatchObject({
      status: 422,
      message: 'storefront-prod is not in the billing-api pipeline.',
    })
  })

  it('refuses a target already being promoted to with 409, until that promotion settles', () => {
    const { platform, clock } = testPlatform()
    promote(platform, 'billing-api-staging', ['billing-api'])
    const error = refusal(() =>
      promote(platform, 'billing-api-dev', ['billing-api-eu', 'billing-api']),
    )
    expect(error).toMatchObject({
      status: 409,
      id: 'conflict',
      message: 'A promotion to billing-api is already in progress.',
    })
    expect(Object.keys(platform.state.promotions)).toHaveLength(1)

    clock.advance(promotionStep + releasePhase)
    advancePromotions(platform)
    expect(promote(platform, 'billing-api-dev', ['billing-api']).status).toBe('pending')
  })

  it('404s an unknown pipeline and promotion', () => {
    const { platform } = testPlatform()
    const input = { pipeline: { id: 'nope' }, source: { app: { id: 'billing-api' } }, targets: [] }
    expect(refusal(() => createPromotion(platform, input))).toMatchObject({ status: 404 })
    expect(refusal(() => promotionTargets(platform, 'nope'))).toMatchObject({
      status: 404,
      message: "Couldn't find that pipeline promotion.",
    })
  })
})

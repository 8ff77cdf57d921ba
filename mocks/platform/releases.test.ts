import { describe, expect, it } from 'vitest'
import { appNamed, refusal, testPlatform, TIMINGS } from '../test/support'
import {
  appReleases,
  currentRelease,
  releaseSlug,
  requireRelease,
  rollback,
  settleReleases,
} from './releases'
import type { Platform } from './store'
import { toRelease } from './wire'

const latest = (platform: Platform, appId: string) => appReleases(platform, appId).at(-1)

describe('the current release', () => {
  it('is the newest succeeded release; a failed release phase leaves the old one current', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'storefront-staging')
    const history = appReleases(platform, app.id)
    const failed = history.at(-1)
    const previous = history.at(-2)
    expect(failed?.status).toBe('failed')
    expect(previous?.status).toBe('succeeded')
    expect(currentRelease(platform, app.id)?.id).toBe(previous?.id)

    expect(toRelease(platform, failed!)).toMatchObject({
      current: false,
      eligible_for_rollback: false,
    })
    // Heroku's own example and the CLI's fixtures mark the current release eligible.
    expect(toRelease(platform, previous!)).toMatchObject({
      current: true,
      eligible_for_rollback: true,
    })
    expect(history.filter((r) => toRelease(platform, r).current)).toHaveLength(1)
  })

  it('is undefined for an app that was never released', () => {
    const { platform } = testPlatform()
    expect(
      currentRelease(platform, appNamed(platform, 'marketing-site-staging').id),
    ).toBeUndefined()
  })

  it('is found by id or by version number', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api')
    const v4 = appReleases(platform, app.id)[3]
    expect(requireRelease(platform, app.id, '4').id).toBe(v4?.id)
    expect(requireRelease(platform, app.id, v4?.id ?? '').version).toBe(4)
    expect(refusal(() => requireRelease(platform, app.id, '999'))).toMatchObject({ status: 404 })
  })
})

describe('rollback', () => {
  it('creates "Rollback to vN" running the old slug, at once (no release phase)', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api') // has a release phase
    const before = currentRelease(platform, app.id)!
    const target = appReleases(platform, app.id).at(-2)!
    expect(target.slugId).not.toBe(before.slugId)

    const release = rollback(platform, app.name, target.id)
    expect(release).toMatchObject({
      version: before.version + 1,
      description: `Rollback to v${target.version}`,
      slugId: target.slugId,
      status: 'succeeded',
    })
    expect(currentRelease(platform, app.id)?.id).toBe(release.id)
    expect(toRelease(platform, before).eligible_for_rollback).toBe(true)
  })

  it('runs the current release again as a new release', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api')
    const current = currentRelease(platform, app.id)!
    const release = rollback(platform, app.name, String(current.version))
    expect(release).toMatchObject({
      version: current.version + 1,
      description: `Rollback to v${current.version}`,
      slugId: current.slugId,
    })
  })

  it('refuses a failed release and one without a slug with 422', () => {
    const { platform } = testPlatform()
    const prod = appNamed(platform, 'billing-api')
    const current = currentRelease(platform, prod.id)!
    const v1 = appReleases(platform, prod.id)[0]!
    expect(v1.slugId).toBeNull()
    const staging = appNamed(platform, 'storefront-staging')
    const failed = latest(platform, staging.id)!

    for (const [app, release] of [
      [prod.id, v1],
      [staging.id, failed],
    ] as const) {
      const error = refusal(() => rollback(platform, app, release.id))
      expect(error).toMatchObject({ status: 422, id: 'invalid_params' })
      expect(error.message).toBe(`Release v${release.version} is not eligible for rollback.`)
    }
    expect(appReleases(platform, prod.id).at(-1)?.id).toBe(current.id)
  })

  it('404s an unknown release and app, 422s a missing one', () => {
    const { platform } = testPlatform()
    expect(
      refusal(() => rollback(platform, 'billing-api', '00000000-0000-4000-8000-000000000999')),
    ).toMatchObject({
      status: 404,
      message: "Couldn't find that release.",
    })
    expect(refusal(() => rollback(platform, 'no-such-app', '1'))).toMatchObject({ status: 404 })
    expect(refusal(() => rollback(platform, 'billing-api', undefined))).toMatchObject({
      status: 422,
    })
  })
})

describe('releaseSlug (POST /apps/{app}/releases {slug})', () => {
  it('runs the release phase: pending for timings.releasePhase, then succeeded and current', () => {
    const { platform, clock } = testPlatform()
    const app = appNamed(platform, 'billing-api-staging')
    const before = currentRelease(platform, app.id)!
    const slugId = currentRelease(platform, appNamed(platform, 'billing-api-dev').id)!.slugId!

    const release = releaseSlug(platform, app.id, { slug: slugId, description: 'Copy dev slug' })
    expect(release).toMatchObject({
      status: 'pending',
      version: before.version + 1,
      description: 'Copy dev slug',
    })
    expect(release.created_at).toBe('2026-11-21T12:00:00Z')
    expect(currentRelease(platform, app.id)?.id).toBe(before.id)

    clock.advance(TIMINGS.releasePhase - 1)
    settleReleases(platform)
    expect(release.status).toBe('pending')

    clock.advance(1)
    settleReleases(platform)
    expect(release).toMatchObject({ status: 'succeeded', updated_at: '2026-11-21T12:00:03Z' })
    expect(currentRelease(platform, app.id)?.id).toBe(release.id)
  })

  it('fails when the release command fails, keeping the old release; the next one succeeds', () => {
    const { platform, clock } = testPlatform()
    const app = appNamed(platform, 'billing-api-eu') // failuresLeft: 1
    const before = currentRelease(platform, app.id)!
    const failing = releaseSlug(platform, app.id, { slug: before.slugId })
    clock.advance(TIMINGS.releasePhase)
    settleReleases(platform)
    expect(failing.status).toBe('failed')
    expect(currentRelease(platform, app.id)?.id).toBe(before.id)

    const retry = releaseSlug(platform, app.id, { slug: before.slugId })
    expect(retry.status).toBe('pending')
    clock.advance(TIMINGS.releasePhase)
    settleReleases(platform)
    expect(retry.status).toBe('succeeded')
    expect(currentRelease(platform, app.id)?.id).toBe(retry.id)
  })

  it('succeeds at once on an app without a release phase, describing the deploy by commit', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api-dev')
    const slugId = currentRelease(platform, appNamed(platform, 'billing-api').id)!.slugId!
    const slug = platform.state.slugs[slugId]!
    const release = releaseSlug(platform, app.name, { slug: slugId })
    expect(release).toMatchObject({
      status: 'succeeded',
      slugId,
      description: `Deploy ${slug.commit?.slice(0, 8)}`,
    })
    expect(currentRelease(platform, app.id)?.id).toBe(release.id)
    expect(app.released_at).toBe(release.created_at)
  })

  it('422s a missing slug and 404s an unknown one', () => {
    const { platform } = testPlatform()
    expect(refusal(() => releaseSlug(platform, 'billing-api', { slug: undefined }))).toMatchObject({
      status: 422,
    })
    expect(refusal(() => releaseSlug(platform, 'billing-api', { slug: 'nope' }))).toMatchObject({
      status: 404,
      message: "Couldn't find that slug.",
    })
  })
})

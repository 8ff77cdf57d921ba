import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { pipelineNamed, refusal, testPlatform, TIMINGS } from '../test/support'
import { branchHead, openPullRequests } from './branches'
import { disableReviewApps } from './connections'
import { currentRelease } from './releases'
import { advanceReviewApps, createReviewApp, deleteReviewApp } from './review-apps'
import type { Platform } from './store'

const REPO = 'northwind/billing-api'
const STEP = TIMINGS.reviewAppStep

const create = (platform: Platform, branch: string, extra: Record<string, unknown> = {}) =>
  createReviewApp(platform, {
    pipeline: pipelineNamed(platform, 'billing-api').id,
    branch,
    source_blob: { url: 'resolve', version: null },
    ...extra,
  })

const later = (clock: { advance: (ms: number) => void }, platform: Platform, ms: number) => {
  clock.advance(ms)
  advanceReviewApps(platform)
}

describe('the demo repository', () => {
  it('names its branches and open pull requests', () => {
    const { platform } = testPlatform()
    expect(branchHead(platform.state, REPO, 'main')).toMatch(/^[0-9a-f]{40}$/)
    expect(
      openPullRequests(platform.state, REPO).map((pull) => [pull.number, pull.branch]),
    ).toEqual([
      [151, 'spike/usage-metering'],
      [147, 'fix/tax-rounding'],
      [142, 'feature/invoice-pdf'],
      [139, 'chore/upgrade-node-22'],
    ])
  })
})

describe('creating a review app', () => {
  it('goes pending → creating (its app in the review stage) → created (the branch released)', () => {
    const { platform, clock } = testPlatform()
    const reviewApp = create(platform, 'spike/usage-metering')
    expect(reviewApp).toMatchObject({ status: 'pending', appId: null, pr_number: 151 })

    later(clock, platform, STEP)
    expect(reviewApp.status).toBe('creating')
    const app = platform.state.apps[reviewApp.appId ?? '']
    expect(app?.name).toBe('billing-api-pr-151')
    const coupling = Object.values(platform.state.couplings).find((c) => c.appId === app?.id)
    expect(coupling).toMatchObject({ stage: 'review' })
    expect(app?.team?.name).toBe('northwind')

    later(clock, platform, 2 * STEP - 1)
    expect(reviewApp.status).toBe('creating')
    later(clock, platform, 1)
    expect(reviewApp.status).toBe('created')
    const release = currentRelease(platform, app?.id ?? '')
    const slug = platform.state.slugs[release?.slugId ?? '']
    expect(slug?.commit).toBe(branchHead(platform.state, REPO, 'spike/usage-metering'))
    expect(release).toMatchObject({ status: 'succeeded', user: { email: 'ada@northwind.dev' } })
  })

  it('is made all at once for a tab that slept through every step', () => {
    const { platform, clock } = testPlatform()
    const reviewApp = create(platform, 'spike/usage-metering')
    later(clock, platform, 10 * STEP)
    expect(reviewApp.status).toBe('created')
  })

  it("errors with the build's words when the branch does not build, and keeps no app", () => {
    const { platform, clock } = testPlatform()
    const errored = Object.values(platform.state.reviewApps).find(
      (r) => r.branch === 'chore/upgrade-node-22',
    )
    if (errored) delete platform.state.reviewApps[errored.id]
    const reviewApp = create(platform, 'chore/upgrade-node-22')
    later(clock, platform, STEP)
    const appId = reviewApp.appId
    later(clock, platform, 2 * STEP)
    expect(reviewApp).toMatchObject({
      status: 'errored',
      error_status: 'build_failed',
      appId: null,
      message: expect.stringContaining('engines.node 22.x') as string,
    })
    expect(platform.state.apps[appId ?? '']).toBeUndefined()
  })

  it('is named after the branch when it has no pull request', () => {
    const { platform, clock } = testPlatform()
    platform.state.branches[REPO]!['experiment/dark-mode'] = branchHead(
      platform.state,
      REPO,
      'main',
    )!
    const reviewApp = create(platform, 'experiment/dark-mode')
    later(clock, platform, STEP)
    expect(reviewApp.pr_number).toBeNull()
    expect(platform.state.apps[reviewApp.appId ?? '']?.name).toMatch(/^billing-api-br-[0-9a-f]{6}$/)
  })

  it('refuses what Heroku would not make', () => {
    const { platform } = testPlatform()
    expect(refusal(() => create(platform, 'no/such-branch'))).toMatchObject({
      status: 422,
      message: 'There is no branch no/such-branch in northwind/billing-api.',
    })
    expect(refusal(() => create(platform, 'feature/invoice-pdf'))).toMatchObject({
      status: 409,
      message: 'There is already a review app for feature/invoice-pdf.',
    })
    const viewer = platform.state.apiKeys[DEMO_KEYS.priya] ?? ''
    expect(
      refusal(() => platform.actingAs(viewer, () => create(platform, 'spike/usage-metering'))),
    ).toMatchObject({ status: 403 })
    disableReviewApps(platform, pipelineNamed(platform, 'billing-api').id)
    expect(refusal(() => create(platform, 'spike/usage-metering'))).toMatchObject({
      status: 422,
      message: 'Review apps are not enabled for the billing-api pipeline.',
    })
  })
})

describe("the demo's review app being made", () => {
  it('gets its app a minute and a half in, and is made once built', () => {
    const { platform, clock } = testPlatform()
    const pr147 = Object.values(platform.state.reviewApps).find((r) => r.pr_number === 147)!
    later(clock, platform, 89_999)
    expect(pr147).toMatchObject({ status: 'creating', appId: null })
    later(clock, platform, 1)
    expect(platform.state.apps[pr147.appId ?? '']?.name).toBe('billing-api-pr-147')
    later(clock, platform, 2 * STEP)
    expect(pr147.status).toBe('created')
  })
})

describe('deleting a review app', () => {
  it('is deleting for a step, then the review app and its app are gone', () => {
    const { platform, clock } = testPlatform()
    const pr142 = Object.values(platform.state.reviewApps).find((r) => r.pr_number === 142)!
    const appId = pr142.appId ?? ''
    expect(deleteReviewApp(platform, pr142.id).status).toBe('deleting')
    expect(platform.state.apps[appId]).toBeDefined()
    later(clock, platform, STEP)
    expect(platform.state.reviewApps[pr142.id]).toBeUndefined()
    expect(platform.state.apps[appId]).toBeUndefined()
    expect(Object.values(platform.state.couplings).some((c) => c.appId === appId)).toBe(false)
    // The branch is free again.
    expect(create(platform, 'feature/invoice-pdf').status).toBe('pending')
  })
})

import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { pipelineNamed, refusal, testPlatform } from '../test/support'
import {
  connectPipeline,
  disableReviewApps,
  enableReviewApps,
  pipelineRepo,
  repoId,
  updateReviewApps,
} from './connections'
import { createPipeline } from './pipelines'

describe("a pipeline's GitHub repository and review apps", () => {
  it('starts connected to the repository its apps deploy from, with review apps where it has some', () => {
    const { platform } = testPlatform()
    const billing = pipelineNamed(platform, 'billing-api')
    expect(pipelineRepo(platform, billing.id)).toBe('northwind/billing-api')
    expect(platform.state.reviewAppConfigs[billing.id]).toMatchObject({
      repo: 'northwind/billing-api',
      automatic_review_apps: false,
      stale_days: 5,
    })
  })

  it('connects by name or GitHub id, and refuses a repository GitHub does not have', () => {
    const { platform } = testPlatform()
    const empty = createPipeline(platform, { name: 'fresh-start' })
    expect(refusal(() => pipelineRepo(platform, empty.id))).toMatchObject({ status: 404 })
    expect(connectPipeline(platform, empty.id, repoId('northwind/storefront'))).toBe(
      'northwind/storefront',
    )
    expect(connectPipeline(platform, empty.id, 'northwind/billing-api')).toBe(
      'northwind/billing-api',
    )
    expect(refusal(() => connectPipeline(platform, empty.id, 'nobody/nothing'))).toMatchObject({
      status: 404,
    })
  })

  it('enables review apps only on a connected pipeline, once, from its own repository', () => {
    const { platform } = testPlatform()
    const empty = createPipeline(platform, { name: 'fresh-start' })
    expect(refusal(() => enableReviewApps(platform, empty.id, {}))).toMatchObject({
      status: 422,
      message: 'Connect fresh-start to a GitHub repository before enabling review apps.',
    })
    connectPipeline(platform, empty.id, 'northwind/storefront')
    expect(
      refusal(() => enableReviewApps(platform, empty.id, { repo: 'northwind/billing-api' })),
    ).toMatchObject({ status: 422 })
    expect(
      enableReviewApps(platform, empty.id, { repo: 'northwind/storefront', stale_days: 3 }),
    ).toMatchObject({ repo: 'northwind/storefront', stale_days: 3, wait_for_ci: false })
    expect(refusal(() => enableReviewApps(platform, empty.id, {}))).toMatchObject({
      status: 409,
    })
  })

  it('changes the settings given, checks them, and disables', () => {
    const { platform } = testPlatform()
    const billing = pipelineNamed(platform, 'billing-api')
    expect(
      updateReviewApps(platform, billing.id, { automatic_review_apps: true, wait_for_ci: true }),
    ).toMatchObject({ automatic_review_apps: true, wait_for_ci: true, destroy_stale_apps: false })
    expect(refusal(() => updateReviewApps(platform, billing.id, { stale_days: 0 }))).toMatchObject({
      status: 422,
      message: 'stale_days must be a whole number of days from 1 to 30.',
    })
    disableReviewApps(platform, billing.id)
    expect(platform.state.reviewAppConfigs[billing.id]).toBeUndefined()
    expect(refusal(() => disableReviewApps(platform, billing.id))).toMatchObject({ status: 404 })
  })

  it("refuses a team's viewer any change", () => {
    const { platform } = testPlatform()
    const priya = platform.state.apiKeys[DEMO_KEYS.priya] ?? ''
    const billing = pipelineNamed(platform, 'billing-api')
    const viewer = refusal(() =>
      platform.actingAs(priya, () => updateReviewApps(platform, billing.id, { wait_for_ci: true })),
    )
    expect(viewer).toMatchObject({ status: 403, id: 'forbidden' })
    expect(platform.state.reviewAppConfigs[billing.id]?.wait_for_ci).toBe(false)
  })
})

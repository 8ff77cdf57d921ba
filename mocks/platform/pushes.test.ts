import { describe, expect, it } from 'vitest'
import { appNamed, pipelineNamed, refusal, testPlatform, TIMINGS } from '../test/support'
import { advanceAutoDeploys } from './auto-deploys'
import { branchHead } from './branches'
import { updateReviewApps } from './connections'
import { currentRelease, settleReleases } from './releases'
import { advanceReviewApps } from './review-apps'
import { pushCommit } from './pushes'
import type { Platform } from './store'
import { advanceTestRuns, pipelineTestRuns } from './test-runs'

const BILLING = 'northwind/billing-api'
const STORE = 'northwind/storefront'

/** Time passes, and the platform catches up, as it does before each request. */
function later(platform: Platform, clock: { advance: (ms: number) => void }, ms: number) {
  clock.advance(ms)
  advanceTestRuns(platform)
  advanceAutoDeploys(platform)
  advanceReviewApps(platform)
  settleReleases(platform)
}

const runningCommit = (platform: Platform, app: string) => {
  const release = currentRelease(platform, appNamed(platform, app).id)
  return platform.state.slugs[release?.slugId ?? '']?.commit
}

describe('a push to main', () => {
  it('runs CI on it, and deploys billing-api-staging only once CI has passed', () => {
    const { platform, clock } = testPlatform()
    const before = runningCommit(platform, 'billing-api-staging')
    const report = pushCommit(platform, {
      repo: BILLING,
      branch: 'main',
      message: 'Bill in arrears',
    })
    expect(branchHead(platform.state, BILLING, 'main')).toBe(report.sha)
    expect(report.deploys).toEqual([{ app: 'billing-api-staging', afterCi: true }])
    const runs = pipelineTestRuns(platform, pipelineNamed(platform, 'billing-api').id)
    expect(report.testRuns).toEqual([{ pipeline: 'billing-api', number: runs.length }])
    expect(runs.at(-1)).toMatchObject({ commit_sha: report.sha, commit_branch: 'main' })

    later(platform, clock, 5 * TIMINGS.testRunStep) // CI still running
    expect(runningCommit(platform, 'billing-api-staging')).toBe(before)
    later(platform, clock, report.settlesAt - clock.now())
    expect(runningCommit(platform, 'billing-api-staging')).toBe(report.sha)
    expect(runningCommit(platform, 'billing-api')).not.toBe(report.sha) // production waits for a promotion
  })

  it('skips the deploy when CI fails, and says why', () => {
    const { platform, clock } = testPlatform()
    const before = runningCommit(platform, 'billing-api-staging')
    const report = pushCommit(platform, {
      repo: BILLING,
      branch: 'main',
      message: 'Break it',
      breaksTests: true,
    })
    later(platform, clock, report.settlesAt - clock.now() + 1)
    expect(runningCommit(platform, 'billing-api-staging')).toBe(before)
    const [deploy] = Object.values(platform.state.autoDeploys)
    expect(deploy).toMatchObject({ status: 'skipped' })
    expect(deploy?.message).toMatch(/^Not deployed: Heroku CI run #\d+ failed\.$/)
  })

  it('deploys an app that does not wait for CI as soon as it is built', () => {
    const { platform, clock } = testPlatform()
    const report = pushCommit(platform, { repo: STORE, branch: 'main', message: 'New hero image' })
    expect(report.deploys).toEqual([{ app: 'storefront-staging', afterCi: false }])
    later(platform, clock, report.settlesAt - clock.now())
    expect(runningCommit(platform, 'storefront-staging')).toBe(report.sha)
  })
})

describe('a push to a branch with a pull request', () => {
  it('opens the pull request and makes its review app when review apps are automatic', () => {
    const { platform, clock } = testPlatform()
    const pipeline = pipelineNamed(platform, 'billing-api')
    updateReviewApps(platform, pipeline.id, { automatic_review_apps: true })
    const report = pushCommit(platform, {
      repo: BILLING,
      branch: 'feature/usage-alerts',
      message: 'Alert at 80% of quota',
      openPullRequest: true,
    })
    expect(report).toMatchObject({ reviewApp: 'created', deploys: [] })
    later(platform, clock, report.settlesAt - clock.now())
    expect(runningCommit(platform, `billing-api-pr-${report.pullRequest}`)).toBe(report.sha)
  })

  it('deploys the live review app of the branch again', () => {
    const { platform, clock } = testPlatform()
    const report = pushCommit(platform, {
      repo: BILLING,
      branch: 'feature/invoice-pdf',
      message: 'Smaller PDF fonts',
    })
    expect(report.reviewApp).toBe('updated')
    later(platform, clock, report.settlesAt - clock.now())
    expect(runningCommit(platform, 'billing-api-pr-142')).toBe(report.sha)
  })

  it('refuses a name Git would refuse, an empty message and a second pull request, changing nothing', () => {
    const { platform } = testPlatform()
    const head = branchHead(platform.state, BILLING, 'main')
    const push = (branch: string, message = 'x', openPullRequest = false) =>
      refusal(() => pushCommit(platform, { repo: BILLING, branch, message, openPullRequest }))
    expect(push('feature..x').message).toBe('feature..x is not a name Git allows for a branch.')
    expect(push('main', '  ').message).toBe('A commit needs a message.')
    expect(push('feature/invoice-pdf', 'x', true).message).toBe(
      'feature/invoice-pdf already has pull request #142.',
    )
    expect(push('main', 'x', true).status).toBe(422)
    expect(branchHead(platform.state, BILLING, 'main')).toBe(head)
  })
})

import { describe, expect, it } from 'vitest'
import type { TestRun } from '@/api/test-runs'
import { ciVerdict, pushSummary, type PushReport } from './pushes'

const report = (over: Partial<PushReport> = {}): PushReport => ({
  sha: 'c60e35075b5591c2b16b0acd609c312fb8932cf4',
  branch: 'main',
  pullRequest: null,
  testRuns: [{ pipeline: 'billing-api', number: 12 }],
  deploys: [{ app: 'billing-api-staging', afterCi: true }],
  reviewApp: null,
  settlesAt: 0,
  ...over,
})

const run = (status: TestRun['status']) => ({ number: 12, status }) as TestRun

describe('what a push set off, in words', () => {
  it('names the commit, the CI run and the apps that deploy it, now or once CI passes', () => {
    expect(
      pushSummary(
        report({
          deploys: [
            { app: 'billing-api-staging', afterCi: true },
            { app: 'billing-api-qa', afterCi: false },
            { app: 'billing-api-demo', afterCi: false },
          ],
        }),
      ),
    ).toEqual({
      title: 'Pushed c60e350 to main',
      description:
        'Heroku CI tests it (run #12). billing-api-qa and billing-api-demo deploy it. billing-api-staging deploys it once CI passes.',
    })
  })

  it('says when a pull request was opened with a review app, and when nothing follows the branch', () => {
    expect(
      pushSummary(
        report({ branch: 'feature/x', pullRequest: 152, deploys: [], reviewApp: 'created' }),
      ),
    ).toEqual({
      title: 'Pushed c60e350 to feature/x, opening pull request #152',
      description: 'Heroku CI tests it (run #12). Its review app is being made.',
    })
    expect(pushSummary(report({ testRuns: [], deploys: [] })).description).toBe(
      'Nothing on Heroku deploys this branch: no app or review app follows it.',
    )
  })

  it('tells, once the CI run ends, whether the deploys that waited for it go ahead', () => {
    expect(ciVerdict(report(), run('running'))).toBeNull()
    expect(ciVerdict(report(), run('succeeded'))).toBe(
      'CI run #12 passed: billing-api-staging deploys it now.',
    )
    expect(ciVerdict(report(), run('failed'))).toBe(
      'CI run #12 failed: billing-api-staging was not deployed.',
    )
    expect(ciVerdict(report(), run('errored'))).toBe(
      'CI run #12 could not build: billing-api-staging was not deployed.',
    )
    expect(ciVerdict(report({ deploys: [] }), run('failed'))).toBeNull()
  })
})

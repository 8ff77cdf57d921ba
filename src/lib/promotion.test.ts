import { describe, expect, it } from 'vitest'
import type { AppCode } from './drift'
import {
  byStepThenName,
  countTargets,
  defaultTargets,
  deliveryAfterCompare,
  deliveryFromComparison,
  describeDelivery,
  describeStep,
  planDelivery,
  promoteBlocker,
  summarizePromotion,
  targetStep,
  type TargetStep,
} from './promotion'

const apps = [
  { appId: 'dev', name: 'shop-dev', stage: 'development' as const },
  { appId: 'stg', name: 'shop-staging', stage: 'staging' as const },
  { appId: 'prod', name: 'shop', stage: 'production' as const },
  { appId: 'eu', name: 'shop-eu', stage: 'production' as const },
  { appId: 'pr', name: 'shop-pr-1', stage: 'review' as const },
]

describe('promoteBlocker', () => {
  const staging = { ...apps[1]!, hasSucceededRelease: true }

  it('lets a staging app with a release promote to production', () => {
    expect(promoteBlocker(staging, apps)).toBeNull()
    // Still loading: the button is not blocked on a guess.
    expect(promoteBlocker({ ...staging, hasSucceededRelease: undefined }, apps)).toBeNull()
  })

  it('says why when there is nothing to promote, or nowhere to promote to', () => {
    expect(promoteBlocker({ ...staging, hasSucceededRelease: false }, apps)).toBe(
      'shop-staging has no succeeded release to promote.',
    )
    expect(
      promoteBlocker(
        staging,
        apps.filter((app) => app.stage !== 'production'),
      ),
    ).toBe('There are no apps in Production to promote to.')
    expect(promoteBlocker({ ...apps[2]!, hasSucceededRelease: true }, apps)).toBe(
      'Apps in Production have no next stage to promote to.',
    )
  })
})

it('says why an app that runs a release without a build cannot promote', () => {
  const staging = { ...apps[1]!, hasSucceededRelease: true }
  expect(promoteBlocker({ ...staging, runsNoCodeAt: 2 }, apps)).toBe(
    'shop-staging runs v2, which has no build to promote. Deploy code to it first.',
  )
})

describe('defaultTargets', () => {
  it('takes every app of the next stage, as the CLI does', () => {
    expect(defaultTargets(apps[1]!, apps)).toEqual(['prod', 'eu'])
    expect(defaultTargets(apps[0]!, apps)).toEqual(['stg'])
    expect(defaultTargets(apps[4]!, apps)).toEqual([])
  })
})

describe('what a target receives', () => {
  const ready = (commit: string, repo = 'acme/shop'): AppCode => ({ status: 'ready', commit, repo })
  const source = { name: 'shop-staging', code: ready('bbb') }

  it('compares the target (base) with the source (head)', () => {
    expect(planDelivery(source, { name: 'shop', code: ready('aaa') })).toEqual({
      kind: 'compare',
      repo: 'acme/shop',
      base: 'aaa',
      head: 'bbb',
    })
  })

  it('settles what needs no GitHub', () => {
    expect(planDelivery(source, { name: 'shop', code: ready('bbb') })).toEqual({
      kind: 'settled',
      delivery: { kind: 'same' },
    })
    expect(planDelivery(source, { name: 'shop', code: { status: 'loading' } })).toEqual({
      kind: 'settled',
      delivery: { kind: 'loading' },
    })
    expect(planDelivery(source, { name: 'shop', code: { status: 'no-release' } })).toEqual({
      kind: 'settled',
      delivery: { kind: 'unknown', reason: 'shop has no release yet' },
    })
    expect(planDelivery(source, { name: 'shop', code: ready('aaa', 'acme/other') })).toEqual({
      kind: 'settled',
      delivery: { kind: 'unknown', reason: 'shop deploys from acme/other' },
    })
    // One commit is one code, whichever repository it was pushed to.
    expect(planDelivery(source, { name: 'shop', code: ready('bbb', 'acme/other') })).toEqual({
      kind: 'settled',
      delivery: { kind: 'same' },
    })
  })

  it.each([
    [{ ahead_by: 4, behind_by: 0 }, '4 new commits'],
    [{ ahead_by: 1, behind_by: 0 }, '1 new commit'],
    [{ ahead_by: 0, behind_by: 0 }, 'already runs this code'],
    [{ ahead_by: 0, behind_by: 3 }, 'goes back 3 commits'],
    [{ ahead_by: 5, behind_by: 2 }, '5 new commits; 2 commits of its own will be gone'],
  ])('reads %j as "%s"', (counts, words) => {
    expect(describeDelivery(deliveryFromComparison(counts))).toBe(words)
  })
})

describe('what a target receives, once GitHub is asked', () => {
  it('waits, says when GitHub failed, and reads its answer as the target sees it', () => {
    expect(deliveryAfterCompare({ kind: 'waiting' })).toEqual({ kind: 'loading' })
    expect(
      describeDelivery(
        deliveryAfterCompare({ kind: 'failed', message: 'API rate limit exceeded' }),
      ),
    ).toBe("can't tell what changes: GitHub could not compare them (API rate limit exceeded)")
    expect(
      describeDelivery(
        deliveryAfterCompare({ kind: 'compared', comparison: { ahead_by: 2, behind_by: 0 } }),
      ),
    ).toBe('2 new commits')
  })
})

describe('a target on its way', () => {
  const base = { error_message: null, release: null, releaseLoading: false }

  it.each([
    [{ ...base, status: 'pending' as const }, 'Waiting'],
    [
      {
        ...base,
        status: 'pending' as const,
        release: { version: 43, status: 'pending' as const },
      },
      'Release created (v43), release command executing',
    ],
    [
      {
        ...base,
        status: 'pending' as const,
        release: { version: 43, status: 'succeeded' as const },
      },
      'Release created (v43)',
    ],
    [
      {
        ...base,
        status: 'succeeded' as const,
        release: { version: 43, status: 'succeeded' as const },
      },
      'Succeeded (v43)',
    ],
    [
      {
        ...base,
        status: 'failed' as const,
        error_message: 'release command failed',
        release: { version: 7, status: 'failed' as const },
      },
      'Failed (v7): release command failed',
    ],
  ])('reads %j as "%s"', (target, words) => {
    expect(describeStep(targetStep(target))).toBe(words)
  })
})

describe('summarizePromotion', () => {
  it('says how many succeeded, and names those that failed', () => {
    const ok = { name: 'shop', status: 'succeeded' as const }
    const bad = { name: 'shop-eu', status: 'failed' as const }
    expect(summarizePromotion([ok, { ...ok, name: 'shop-eu' }])).toBe('Promoted to 2 apps')
    expect(summarizePromotion([ok, bad])).toBe('Promoted to 1 app; failed on shop-eu')
    expect(summarizePromotion([bad])).toBe('Promotion failed on shop-eu')
  })

  it('names a few failures and counts the rest, for a promotion to hundreds', () => {
    const failed = Array.from({ length: 40 }, (_, i) => ({
      name: `shop-c${i + 1}`,
      status: 'failed' as const,
    }))
    const ok = Array.from({ length: 460 }, () => ({ name: 'x', status: 'succeeded' as const }))
    expect(summarizePromotion([...ok, ...failed])).toBe(
      'Promoted to 460 apps; failed on shop-c1, shop-c2, shop-c3 and 37 more',
    )
  })
})

describe('countTargets and byStepThenName', () => {
  it('counts succeeded, failed and waiting targets', () => {
    const statuses = [
      'succeeded',
      'pending',
      'failed',
      'pending',
      'succeeded',
      'succeeded',
    ] as const
    expect(countTargets(statuses.map((status) => ({ status })))).toEqual({
      succeeded: 3,
      failed: 1,
      waiting: 2,
    })
    expect(countTargets([])).toEqual({ succeeded: 0, failed: 0, waiting: 0 })
  })

  it('lists failures first, then targets under way, then those waiting, then successes', () => {
    const lines = [
      { name: 'e', step: { step: 'succeeded', version: 3 } },
      { name: 'd', step: { step: 'waiting' } },
      { name: 'c', step: { step: 'released', version: 2 } },
      { name: 'b2', step: { step: 'failed', version: null, message: 'no' } },
      { name: 'a', step: { step: 'release-command', version: 2 } },
      { name: 'b1', step: { step: 'failed', version: 4, message: 'no' } },
    ] satisfies { name: string; step: TargetStep }[]
    expect(lines.toSorted(byStepThenName).map((line) => line.name)).toEqual([
      'b1',
      'b2',
      'a',
      'c',
      'd',
      'e',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import {
  countsFrom,
  describeDrift,
  driftAfterCompare,
  driftFromComparison,
  neighboursOf,
  planComparison,
  planDrift,
  type AppCode,
  type DriftSide,
} from './drift'

const REPO = 'northwind/billing-api'
const ready = (commit: string, repo = REPO): AppCode => ({ status: 'ready', commit, repo })
const side = (name: string, stage: DriftSide['stage'], code: AppCode): DriftSide => ({
  appId: name,
  name,
  stage,
  code,
})

const staging = side('billing-staging', 'staging', ready('bbbbbbb'))
const production = side('billing', 'production', ready('aaaaaaa'))

describe('planDrift', () => {
  it('compares downstream (base) with upstream (head), from either side', () => {
    const plan = { kind: 'compare', plan: { repo: REPO, base: 'aaaaaaa', head: 'bbbbbbb' } }
    expect(planDrift(staging, production)).toEqual(plan)
    expect(planDrift(production, staging)).toEqual(plan)
  })

  it('settles equal commits as up to date without asking GitHub', () => {
    expect(planDrift(staging, side('billing', 'production', ready('bbbbbbb')))).toEqual({
      kind: 'settled',
      drift: { kind: 'identical' },
    })
  })

  const gaps: [AppCode, string][] = [
    [{ status: 'no-release' }, 'billing has no succeeded release'],
    [{ status: 'no-repo', commit: 'aaaaaaa' }, 'billing is not connected to GitHub'],
    [{ status: 'no-commit' }, 'billing runs a slug with no commit'],
    [
      ready('aaaaaaa', 'northwind/other'),
      'billing deploys from another repository (northwind/other)',
    ],
    [{ status: 'error', message: 'Not found.' }, 'billing could not be read (Not found.)'],
  ]
  it.each(gaps)('says why a pair is not compared: %o', (code, reason) => {
    expect(planDrift(staging, side('billing', 'production', code))).toEqual({
      kind: 'settled',
      drift: { kind: 'not-compared', reason },
    })
  })

  it('does not compare across repositories, even at one commit', () => {
    expect(
      planDrift(staging, side('billing', 'production', ready('bbbbbbb', 'acme/fork'))),
    ).toEqual({
      kind: 'settled',
      drift: {
        kind: 'not-compared',
        reason: 'billing deploys from another repository (acme/fork)',
      },
    })
  })

  it("names the subject's own gap as 'this app'", () => {
    const empty = side('billing-staging', 'staging', { status: 'no-release' })
    expect(planDrift(empty, production)).toEqual({
      kind: 'settled',
      drift: { kind: 'not-compared', reason: 'this app has no succeeded release' },
    })
  })

  it('waits while either side is loading', () => {
    const loading = side('billing', 'production', { status: 'loading' })
    expect(planDrift(staging, loading)).toEqual({ kind: 'settled', drift: { kind: 'loading' } })
  })
})

describe('driftFromComparison', () => {
  it('reads ahead for the upstream app and behind for the downstream one', () => {
    const counts = { ahead_by: 5, behind_by: 0 }
    expect(driftFromComparison(staging, production, counts)).toEqual({ kind: 'ahead', ahead: 5 })
    expect(driftFromComparison(production, staging, counts)).toEqual({ kind: 'behind', behind: 5 })
  })

  it('reports divergence with both counts, mirrored for each side', () => {
    const counts = { ahead_by: 2, behind_by: 5 }
    expect(driftFromComparison(staging, production, counts)).toEqual({
      kind: 'diverged',
      ahead: 2,
      behind: 5,
    })
    expect(driftFromComparison(production, staging, counts)).toEqual({
      kind: 'diverged',
      ahead: 5,
      behind: 2,
    })
  })

  it('treats an empty comparison as up to date', () => {
    expect(driftFromComparison(staging, production, { ahead_by: 0, behind_by: 0 })).toEqual({
      kind: 'identical',
    })
  })
})

describe('describeDrift', () => {
  it.each([
    [{ kind: 'identical' } as const, 'Up to date with billing'],
    [{ kind: 'ahead', ahead: 1 } as const, '1 commit ahead of billing'],
    [{ kind: 'ahead', ahead: 5 } as const, '5 commits ahead of billing'],
    [{ kind: 'behind', behind: 3 } as const, '3 commits behind billing'],
    [
      { kind: 'diverged', ahead: 2, behind: 5 } as const,
      'Diverged from billing: 2 ahead, 5 behind',
    ],
    [
      { kind: 'not-compared', reason: 'billing has no succeeded release' } as const,
      'Not compared with billing: billing has no succeeded release',
    ],
  ])('%o reads "%s"', (drift, words) => {
    expect(describeDrift(drift, 'billing')).toBe(words)
  })
})

describe('neighboursOf', () => {
  const apps = [
    { appId: 'dev', stage: 'development' as const },
    { appId: 'pr-1', stage: 'review' as const },
    { appId: 'stg', stage: 'staging' as const },
    { appId: 'prod-us', stage: 'production' as const },
    { appId: 'prod-eu', stage: 'production' as const },
  ]
  const ids = (subject: (typeof apps)[number]) => neighboursOf(subject, apps).map((a) => a.appId)

  it('gives staging every app upstream and downstream, upstream first', () => {
    expect(ids(apps[2]!)).toEqual(['dev', 'prod-us', 'prod-eu'])
  })

  it('gives each production app the staging apps, and review apps nobody', () => {
    expect(ids(apps[3]!)).toEqual(['stg'])
    expect(ids(apps[1]!)).toEqual([])
    expect(ids(apps[0]!)).toEqual(['stg'])
  })
})

describe('planComparison, shared by drift and promotion', () => {
  const own = { name: 'shop-staging', code: ready('bbbbbbb') }

  it('asks GitHub with the downstream commit as base and the upstream one as head', () => {
    const other = { name: 'shop', code: ready('aaaaaaa') }
    const plan = { kind: 'compare', plan: { repo: REPO, base: 'aaaaaaa', head: 'bbbbbbb' } }
    expect(planComparison(own, other, true)).toEqual(plan)
    expect(planComparison(other, own, false)).toEqual(plan)
  })

  it('names the first side that cannot be compared, own side first', () => {
    const none = { name: 'shop', code: { status: 'no-release' } as const }
    const noRepo = { name: 'shop-dev', code: { status: 'no-repo', commit: 'c' } as const }
    expect(planComparison(noRepo, none, true)).toEqual({
      kind: 'not-comparable',
      reason: 'shop-dev is not connected to GitHub',
    })
    expect(planComparison(none, noRepo, true)).toEqual({
      kind: 'not-comparable',
      reason: 'shop has no succeeded release',
    })
  })

  it('tells another repository from one commit, without GitHub', () => {
    expect(planComparison(own, { name: 'shop', code: ready('bbbbbbb') }, true)).toEqual({
      kind: 'same-commit',
    })
    expect(
      planComparison(own, { name: 'shop', code: ready('bbbbbbb', 'acme/fork') }, true),
    ).toEqual({ kind: 'other-repo', repo: 'acme/fork', sameCommit: true })
    expect(
      planComparison(own, { name: 'shop', code: ready('ccccccc', 'acme/fork') }, true),
    ).toEqual({ kind: 'other-repo', repo: 'acme/fork', sameCommit: false })
  })

  it('reads GitHub counts from either side', () => {
    const counts = { ahead_by: 3, behind_by: 1 }
    expect(countsFrom(counts, true)).toEqual({ ahead: 3, behind: 1 })
    expect(countsFrom(counts, false)).toEqual({ ahead: 1, behind: 3 })
  })
})

describe('driftAfterCompare', () => {
  it('waits for GitHub, says when it failed, and reads its answer', () => {
    expect(driftAfterCompare(staging, production, { kind: 'waiting' })).toEqual({
      kind: 'loading',
    })
    expect(
      driftAfterCompare(staging, production, { kind: 'failed', message: 'Not Found' }),
    ).toEqual({ kind: 'not-compared', reason: 'GitHub could not compare them (Not Found)' })
    expect(
      driftAfterCompare(production, staging, {
        kind: 'compared',
        comparison: { ahead_by: 4, behind_by: 0 },
      }),
    ).toEqual({ kind: 'behind', behind: 4 })
  })
})

import { describe, expect, it } from 'vitest'
import type { ReviewApp } from '@/api/review-apps'
import {
  branchNameProblem,
  FOLLOW_CLOSELY_MS,
  followsProgress,
  reviewAppChanges,
  reviewAppOfBranch,
} from './review-apps'

const NOW = Date.parse('2026-12-05T12:00:00Z')

const reviewApp = (
  id: string,
  status: ReviewApp['status'],
  extra: Partial<ReviewApp> = {},
): ReviewApp => ({
  id,
  app: null,
  branch: `feature/${id}`,
  pr_number: 1,
  status,
  message: null,
  error_status: null,
  created_at: new Date(NOW - 60_000).toISOString(),
  updated_at: new Date(NOW - 60_000).toISOString(),
  ...extra,
})

describe('followsProgress', () => {
  it('follows a review app being made or deleted, while it moved recently', () => {
    expect(followsProgress([reviewApp('a', 'created'), reviewApp('b', 'pending')], NOW)).toBe(true)
    expect(followsProgress([reviewApp('b', 'deleting')], NOW)).toBe(true)
    expect(followsProgress([reviewApp('a', 'created'), reviewApp('c', 'errored')], NOW)).toBe(false)
    expect(followsProgress(undefined, NOW)).toBe(false)
  })

  it('leaves one stuck for long to the board’s own refresh', () => {
    const stuck = reviewApp('b', 'creating', {
      updated_at: new Date(NOW - FOLLOW_CLOSELY_MS).toISOString(),
    })
    expect(followsProgress([stuck], NOW)).toBe(false)
  })
})

describe('reviewAppChanges', () => {
  it('tells a review app made, one that failed and one deleted; not one first seen', () => {
    const before = [
      reviewApp('a', 'creating'),
      reviewApp('b', 'creating'),
      reviewApp('c', 'deleting'),
    ]
    const after = [
      reviewApp('a', 'created', { app: { id: 'app-a' } }),
      reviewApp('b', 'errored', { message: 'Build failed' }),
      reviewApp('d', 'pending'),
    ]
    expect(
      reviewAppChanges(before, after).map(({ kind, reviewApp }) => [kind, reviewApp.id]),
    ).toEqual([
      ['ready', 'a'],
      ['failed', 'b'],
      ['gone', 'c'],
    ])
  })

  it('tells nothing when nothing moved', () => {
    const same = [reviewApp('a', 'creating')]
    expect(reviewAppChanges(same, [reviewApp('a', 'creating')])).toEqual([])
  })

  it('tells an app that came for a review app still being built', () => {
    const before = [reviewApp('a', 'pending')]
    const after = [reviewApp('a', 'creating', { app: { id: 'app-a' } })]
    expect(reviewAppChanges(before, after).map((change) => change.kind)).toEqual(['changed'])
  })
})

describe('reviewAppOfBranch', () => {
  it('finds the review app holding a branch, not one that failed or is going', () => {
    const apps = [reviewApp('a', 'errored'), reviewApp('b', 'created'), reviewApp('c', 'deleting')]
    expect(reviewAppOfBranch(apps, 'feature/b')?.id).toBe('b')
    expect(reviewAppOfBranch(apps, 'feature/a')).toBeUndefined()
    expect(reviewAppOfBranch(apps, 'feature/c')).toBeUndefined()
  })
})

describe('branchNameProblem', () => {
  it('takes names Git takes', () => {
    for (const name of ['main', 'feature/invoice-pdf', 'fix/TAX_rounding-2', 'release/1.2.3']) {
      expect(branchNameProblem(name), name).toBeNull()
    }
  })

  it('says why Git would refuse a name', () => {
    expect(branchNameProblem('')).toBe('Enter the name of a branch.')
    expect(branchNameProblem('my branch')).toBe('A branch name has no spaces.')
    expect(branchNameProblem('feature..x')).toMatch(/cannot contain "\.\."/)
    expect(branchNameProblem('what?')).toMatch(/cannot contain ~/)
    for (const name of ['-x', 'x/', 'x.lock', '.x', 'a/.b']) {
      expect(branchNameProblem(name), name).toMatch(/cannot start with/)
    }
  })
})

import { describe, expect, it } from 'vitest'
import type { Release } from '@/api/releases'
import {
  hasSucceededRelease,
  RELEASE_STATUS_WORDS,
  runningRelease,
  runsEarlierRelease,
} from './releases'

const release = (version: number, status: Release['status']): Release => ({
  id: `release-${version}`,
  version,
  status,
  current: status === 'succeeded',
  description: `Deploy v${version}`,
  created_at: '2026-01-01T00:00:00Z',
  app: { id: 'app', name: 'shop' },
  slug: { id: `slug-${version}` },
  user: { id: 'user', email: 'dev@example.com' },
  eligible_for_rollback: true,
  output_stream_url: null,
})

describe('the release an app runs', () => {
  it('is the newest release when it succeeded, with nothing more to look up', () => {
    const newest = release(8, 'succeeded')
    expect(runsEarlierRelease(newest)).toBe(false)
    expect(runningRelease(newest, undefined)).toBe(newest)
    expect(hasSucceededRelease(newest)).toBe(true)
  })

  it.each(['pending', 'failed', 'expired'] as const)(
    'is an earlier one, looked up apart, when the newest is %s',
    (status) => {
      const newest = release(8, status)
      const earlier = release(7, 'succeeded')
      expect(runsEarlierRelease(newest)).toBe(true)
      expect(runningRelease(newest, undefined)).toBeUndefined()
      expect(hasSucceededRelease(newest)).toBeUndefined()
      expect(runningRelease(newest, earlier)).toBe(earlier)
      // Looked up, and there is none.
      expect(runningRelease(newest, null)).toBeNull()
    },
  )

  it('is none when the app has no release, and unknown until its releases are read', () => {
    expect(runningRelease(null, undefined)).toBeNull()
    expect(hasSucceededRelease(null)).toBe(false)
    expect(runsEarlierRelease(undefined)).toBe(false)
    expect(hasSucceededRelease(undefined)).toBeUndefined()
  })
})

it("says each status in the CLI's words, on the board and in the release history alike", () => {
  expect(RELEASE_STATUS_WORDS).toEqual({
    succeeded: 'succeeded',
    pending: 'release command executing',
    failed: 'release command failed',
    expired: 'release expired',
  })
})

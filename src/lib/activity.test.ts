import { describe, expect, it } from 'vitest'
import type { Release } from '@/api/release-schema'
import type { ReviewApp } from '@/api/review-apps'
import {
  composeActivity,
  filterActivity,
  readDescription,
  releaseEntries,
  type ActivityEntry,
} from './activity'
import type { Logged } from './activity-log'

let ids = 0
const release = (
  app: string,
  version: number,
  description: string,
  at: string,
  status: Release['status'] = 'succeeded',
): Release => ({
  id: `release-${(ids += 1)}`,
  version,
  status,
  current: false,
  description,
  created_at: at,
  app: { id: `id-${app}`, name: app },
  slug: { id: `slug-${version}` },
  user: { id: 'user', email: 'ada@example.com' },
  eligible_for_rollback: true,
  output_stream_url: null,
})

const summary = (entries: ActivityEntry[]) =>
  entries.map((entry) => `${entry.kind} ${entry.apps.join('+')} ${entry.at.slice(11, 16)}`)

describe("a release's description", () => {
  it.each([
    ['Deploy 84fd4563', 'deploy', '84fd4563'],
    ['Promote shop-staging v23 84fd456', 'promotion', '84fd456'],
    ['Promote shop-staging v23', 'promotion', null],
    ['Rollback to v12', 'rollback', null],
    ['Set DATABASE_URL config vars', 'release', null],
    ['Deploy with a message', 'release', null],
  ])('%s is a %s of %s', (description, kind, commit) => {
    expect(readDescription(description)).toEqual({ kind, commit })
  })
})

describe('releases in the timeline', () => {
  it('are one entry for the same release on many apps at once, with the commit each ran before', () => {
    const entries = releaseEntries([
      release('eu', 7, 'Deploy aaaaaaa', '2026-12-01T09:00:00Z'),
      release('us', 4, 'Deploy aaaaaaa', '2026-12-01T09:00:00Z'),
      release('eu', 8, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:00:05Z'),
      release('us', 5, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:00:00Z'),
      release('eu', 9, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T14:00:00Z'),
    ])
    expect(summary(entries)).toEqual([
      'promotion eu 14:00',
      'promotion eu+us 10:00',
      'deploy eu+us 09:00',
    ])
    const promotion = entries[1]?.detail
    expect(promotion).toMatchObject({ type: 'releases', commit: 'bbbbbbb', base: 'aaaaaaa' })
    // Run again: eu was on bbbbbbb already, so there is nothing to compare.
    expect(entries[0]?.detail).toMatchObject({ commit: 'bbbbbbb', base: null })
  })

  it('know what a rollback brought back, so the next deploy compares with that', () => {
    const entries = releaseEntries([
      release('eu', 7, 'Deploy aaaaaaa', '2026-12-01T09:00:00Z'),
      release('eu', 8, 'Deploy bbbbbbb', '2026-12-01T10:00:00Z'),
      release('eu', 9, 'Rollback to v7', '2026-12-01T11:00:00Z'),
      release('eu', 10, 'Set LOG_LEVEL config vars', '2026-12-01T11:30:00Z'),
      release('eu', 11, 'Deploy ccccccc', '2026-12-01T12:00:00Z'),
      release('us', 3, 'Rollback to v1', '2026-12-01T12:00:00Z'),
      release('us', 4, 'Deploy ddddddd', '2026-12-01T13:00:00Z'),
    ])
    const deployOf = (commit: string) =>
      entries.find((entry) => entry.detail.type === 'releases' && entry.detail.commit === commit)
    expect(deployOf('ccccccc')?.detail).toMatchObject({ base: 'aaaaaaa' })
    // Back to a release that was not read: what it ran is not known, and nothing is compared.
    expect(deployOf('ddddddd')?.detail).toMatchObject({ base: null })
  })

  it('are one entry for a promotion whose targets come over several minutes, a minute apart', () => {
    const targets = Array.from({ length: 6 }, (_, i) =>
      release(`app-${i}`, 2, 'Promote shop-staging v23 bbbbbbb', `2026-12-01T10:0${i}:00Z`),
    )
    expect(summary(releaseEntries(targets))).toEqual([
      'promotion app-5+app-4+app-3+app-2+app-1+app-0 10:05',
    ])
    const apart = [targets[0]!, { ...targets[5]!, created_at: '2026-12-01T10:09:00Z' }]
    expect(releaseEntries(apart)).toHaveLength(2)
  })

  it('leave out the commit before when the apps of one entry ran different ones', () => {
    const entries = releaseEntries([
      release('eu', 7, 'Deploy aaaaaaa', '2026-12-01T09:00:00Z'),
      release('us', 4, 'Deploy ccccccc', '2026-12-01T08:00:00Z'),
      release('eu', 8, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:00:00Z'),
      release('us', 5, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:00:00Z'),
    ])
    expect(entries[0]?.detail).toMatchObject({ commit: 'bbbbbbb', base: null })
  })
})

describe('the timeline', () => {
  const promotion: Logged = {
    kind: 'promotion',
    id: 'promotion-1',
    from: 'shop-staging',
    fromId: 'id-shop-staging',
    version: 23,
    targets: 2,
    by: 'ada@example.com',
    at: '2026-12-01T10:00:00Z',
  }
  const reviewApp: ReviewApp = {
    id: 'ra-1',
    app: { id: 'id-shop-pr-12' },
    branch: 'feature/cart',
    pr_number: 12,
    status: 'created',
    message: null,
    error_status: null,
    created_at: '2026-12-01T11:00:00Z',
    updated_at: '2026-12-01T11:05:00Z',
  }

  const timeline = composeActivity({
    releases: [
      release('eu', 8, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:00:30Z'),
      release('us', 5, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:00:20Z'),
      release('us', 6, 'Rollback to v4', '2026-12-01T12:00:00Z'),
    ],
    reviewApps: [reviewApp],
    log: [
      { key: 'k-promotion', event: promotion },
      {
        key: 'k-lock',
        event: {
          kind: 'unlocked',
          scope: 'production',
          by: 'bo@example.com',
          at: '2026-12-01T13:00:00Z',
        },
      },
    ],
  })

  it('is newest first, a promotion started here taking in the releases it made', () => {
    expect(summary(timeline)).toEqual([
      'lock  13:00',
      'rollback us 12:00',
      'review-app  11:00',
      'promotion shop-staging+eu+us 10:00',
    ])
    expect(timeline[3]?.detail).toMatchObject({
      type: 'promotion',
      releases: [
        { appName: 'eu', version: 8 },
        { appName: 'us', version: 5 },
      ],
    })
  })

  it("does not take in someone else's promotion from the same source", () => {
    const byBo = {
      ...release('ca', 3, 'Promote shop-staging v23 bbbbbbb', '2026-12-01T10:01:00Z'),
      user: { id: 'bo', email: 'bo@example.com' },
    }
    const mixed = composeActivity({
      releases: [byBo],
      reviewApps: [],
      log: [{ key: 'k', event: promotion }],
    })
    expect(summary(mixed)).toEqual(['promotion ca 10:01', 'promotion shop-staging 10:00'])
  })

  it('is filtered by app and by kind', () => {
    expect(summary(filterActivity(timeline, { app: 'us', kind: '' }))).toEqual([
      'rollback us 12:00',
      'promotion shop-staging+eu+us 10:00',
    ])
    expect(summary(filterActivity(timeline, { app: '', kind: 'review-app' }))).toEqual([
      'review-app  11:00',
    ])
    expect(filterActivity(timeline, { app: 'us', kind: 'lock' })).toEqual([])
  })
})

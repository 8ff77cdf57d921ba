import { describe, expect, it } from 'vitest'
import type { App } from '@/api/apps'
import type { Coupling } from '@/api/couplings'
import type { Release } from '@/api/releases'
import type { ReviewApp } from '@/api/review-apps'
import { boardEntries, placeReviewApps } from './board'

const coupling = (appId: string, stage: Coupling['stage']): Coupling => ({
  id: `coupling-${appId}`,
  app: { id: appId },
  pipeline: { id: 'pipeline' },
  stage,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
})

const app = (id: string, name: string): App => ({
  id,
  name,
  maintenance: false,
  released_at: null,
  web_url: null,
  owner: null,
  region: { name: 'us' },
})

const release = (appId: string, version: number): Release => ({
  id: `release-${appId}-${version}`,
  version,
  status: 'succeeded',
  current: true,
  description: 'Deploy',
  created_at: '2026-01-01T00:00:00Z',
  app: { id: appId, name: appId },
  slug: { id: `slug-${appId}` },
  user: { id: 'user', email: 'dev@example.com' },
  eligible_for_rollback: true,
  output_stream_url: null,
})

const couplings = [
  coupling('prod', 'production'),
  coupling('stg', 'staging'),
  coupling('ci', 'test'),
  coupling('dev', 'development'),
]
const apps = [app('prod', 'shop'), app('stg', 'shop-staging'), app('dev', 'shop-dev')]

describe('boardEntries', () => {
  it('makes one entry per app of a board stage, sorted by name, with its newest release', () => {
    const entries = boardEntries(couplings, apps, [release('stg', 12)])
    expect(entries.map((e) => [e.name, e.stage, e.couplingId])).toEqual([
      ['shop', 'production', 'coupling-prod'],
      ['shop-dev', 'development', 'coupling-dev'],
      ['shop-staging', 'staging', 'coupling-stg'],
    ])
    expect(entries.find((e) => e.appId === 'stg')?.latest?.version).toBe(12)
    // Releases were read, and this app has none.
    expect(entries.find((e) => e.appId === 'prod')?.latest).toBeNull()
  })

  it('hands back the same entry for an app that did not change, and a new one for one that moved', () => {
    const before = boardEntries(couplings, apps, [])
    const moved = couplings.map((c) =>
      c.app.id === 'dev' ? { ...c, stage: 'staging' as const } : c,
    )
    const after = boardEntries(moved, apps, [], new Map(before.map((e) => [e.appId, e])))
    const of = (entries: typeof before, id: string) => entries.find((e) => e.appId === id)
    expect(of(after, 'prod')).toBe(of(before, 'prod'))
    expect(of(after, 'dev')).not.toBe(of(before, 'dev'))
    expect(of(after, 'dev')?.stage).toBe('staging')
  })

  it('names a card from its newest release while its app is still being read', () => {
    const named = { ...release('stg', 12), app: { id: 'stg', name: 'shop-staging' } }
    const entries = boardEntries(couplings, undefined, [named])
    expect(entries.find((e) => e.appId === 'stg')?.name).toBe('shop-staging')
    expect(entries.find((e) => e.appId === 'stg')?.app).toBeUndefined()
    expect(entries.find((e) => e.appId === 'prod')?.name).toBe('')
  })

  it('keeps a card for each coupling while its app and releases are still unknown', () => {
    const entries = boardEntries(couplings, undefined, undefined)
    expect(entries).toHaveLength(3)
    for (const entry of entries) {
      expect(entry.app).toBeUndefined()
      expect(entry.name).toBe('')
      expect(entry.latest).toBeUndefined()
    }
  })
})

describe('placeReviewApps', () => {
  const reviewApp = (id: string, appId: string | null): ReviewApp => ({
    id,
    app: appId ? { id: appId } : null,
    branch: `feature/${id}`,
    pr_number: 1,
    status: appId ? 'created' : 'creating',
    message: null,
    error_status: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  })

  it('puts a review app on its card when its app is on the board, and on a card of its own if not', () => {
    const entries = boardEntries([coupling('pr-1', 'review')], [app('pr-1', 'shop-pr-1')], [])
    const placed = placeReviewApps(entries, [
      reviewApp('on-board', 'pr-1'),
      reviewApp('creating', null),
      reviewApp('not-coupled-yet', 'pr-2'),
    ])
    expect(placed.byApp.get('pr-1')?.id).toBe('on-board')
    expect(placed.pending.map((r) => r.id)).toEqual(['creating', 'not-coupled-yet'])
  })

  it('places nothing while the review apps are unknown', () => {
    expect(placeReviewApps([], undefined)).toEqual({ byApp: new Map(), pending: [] })
  })
})

import { hashKey, useQueryClient } from '@tanstack/react-query'
import { createContext, use, useEffect, useState, useSyncExternalStore } from 'react'
import type { Coupling } from '@/api/couplings'
import { couplingQueries } from '@/api/couplings'
import type { Release } from '@/api/releases'
import { releaseQueries } from '@/api/releases'
import { emptySnapshot, newsBetween, type BoardSnapshot } from '@/lib/card-news'
import { createValueStore, type ValueStore } from '@/lib/value-store'

/** How long a card says what changed on it. */
export const NEWS_FOR_MS = 8_000

/** app id → what changed on its card, while it is news */
export type CardNews = ValueStore<ReadonlyMap<string, string>>

const stagesOf = (couplings: Coupling[]) =>
  new Map(couplings.map((coupling) => [coupling.app.id, coupling.stage]))

const releasesOf = (releases: Release[]) =>
  new Map(releases.map((release) => [release.app.id, { id: release.id, version: release.version }]))

/**
 * What changed on the board's cards since they were last read, for a few seconds: an app another
 * tab or person moved, a new release. Only answers read from the API make news: a change this
 * tab made shows on its card before its answer comes back, so that answer finds nothing new.
 */
export function useCardNews(pipelineId: string): CardNews {
  const client = useQueryClient()
  const [news] = useState(() => createValueStore<ReadonlyMap<string, string>>(new Map()))

  useEffect(() => {
    const couplingsHash = hashKey(couplingQueries.byPipeline(pipelineId).queryKey)
    const latestHash = hashKey(releaseQueries.latestOfPipeline(pipelineId).queryKey)
    let seen: BoardSnapshot = emptySnapshot()
    const read = (query: { queryHash: string; state: { data: unknown } }) => {
      const data: unknown = query.state.data
      if (!Array.isArray(data)) return seen
      return query.queryHash === couplingsHash
        ? { ...seen, stages: stagesOf(data as Coupling[]) }
        : { ...seen, releases: releasesOf(data as Release[]) }
    }
    const timers = new Set<ReturnType<typeof setTimeout>>()
    const forgetLater = (appIds: string[]) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        const left = new Map(news.get())
        for (const appId of appIds) left.delete(appId)
        news.set(left)
      }, NEWS_FOR_MS)
      timers.add(timer)
    }
    for (const hash of [couplingsHash, latestHash]) {
      const query = client.getQueryCache().get(hash)
      if (query) seen = read(query)
    }
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      if (event.query.queryHash !== couplingsHash && event.query.queryHash !== latestHash) return
      const next = read(event.query)
      const fresh = event.action.manual ? new Map<string, string>() : newsBetween(seen, next)
      seen = next
      if (fresh.size === 0) return
      news.set(new Map([...news.get(), ...fresh]))
      forgetLater([...fresh.keys()])
    })
    return () => {
      unsubscribe()
      for (const timer of timers) clearTimeout(timer)
    }
  }, [client, pipelineId, news])

  return news
}

export const CardNewsContext = createContext<CardNews | null>(null)

/** What changed on this app's card lately, if anything. */
export function useNewsOf(appId: string): string | undefined {
  const news = use(CardNewsContext)
  return useSyncExternalStore(news?.subscribe ?? noSubscription, () => news?.get().get(appId))
}

const noSubscription = () => () => undefined

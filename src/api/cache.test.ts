import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { accountQueries, teamQueries } from './account'
import { appQueries } from './apps'
import { refreshAfterMembershipChange, refreshAfterStageChange } from './coupling-changes'
import { couplingQueries } from './couplings'
import { formationQueries } from './formation'
import { githubQueries } from './github'
import { appKeys, couplingKeys, pipelineKeys } from './keys'
import {
  forgetDeletedPipeline,
  refreshAfterPipelineCreated,
  refreshAfterPipelineRenamed,
} from './pipeline-changes'
import { pipelineQueries } from './pipelines'
import { promotionQueries } from './promotions'
import { refreshAfterNewRelease, releaseQueries, slugQueries } from './releases'
import { reviewAppQueries } from './review-apps'

/** One query of each kind, for two pipelines and two apps, named for what they are. */
const cache = {
  pipelines: pipelineQueries.all().queryKey,
  pipeline: pipelineQueries.detail('p1').queryKey,
  otherPipeline: pipelineQueries.detail('p2').queryKey,
  allCouplings: couplingQueries.all().queryKey,
  couplings: couplingQueries.byPipeline('p1').queryKey,
  appCoupling: couplingQueries.ofApp('a1').queryKey,
  apps: appQueries.all().queryKey,
  pipelineApps: appQueries.ofPipeline('p1', ['a2', 'a1']).queryKey,
  app: appQueries.detail('a1').queryKey,
  latest: releaseQueries.latestOfPipeline('p1').queryKey,
  otherLatest: releaseQueries.latestOfPipeline('p2').queryKey,
  history: releaseQueries.history('a1').queryKey,
  current: releaseQueries.current('a1', 'r9').queryKey,
  release: releaseQueries.detail('a1', 'r1').queryKey,
  otherAppHistory: releaseQueries.history('a2').queryKey,
  slug: slugQueries.detail('a1', 's1').queryKey,
  reviewApps: reviewAppQueries.ofPipeline('p1').queryKey,
  otherReviewApps: reviewAppQueries.ofPipeline('p2').queryKey,
  formation: formationQueries.ofApp('a1').queryKey,
  repo: githubQueries.repoOfApp('a1').queryKey,
  compare: githubQueries.compare('acme/shop', 'aaa', 'bbb').queryKey,
  promotion: promotionQueries.detail('pr1').queryKey,
  targets: promotionQueries.targets('pr1').queryKey,
  account: accountQueries.current().queryKey,
  user: accountQueries.user('u1').queryKey,
  teams: teamQueries.all().queryKey,
} satisfies Record<string, QueryKey>
type Name = keyof typeof cache

function seeded() {
  const client = new QueryClient()
  for (const key of Object.values(cache) as QueryKey[]) client.setQueryData(key, {})
  return client
}

/** Which of the seeded queries a change marked for refetching, or dropped. */
async function touchedBy(change: (client: QueryClient) => Promise<unknown>) {
  const client = seeded()
  await change(client)
  const names = Object.keys(cache) as Name[]
  return {
    refreshed: names.filter((name) => client.getQueryState(cache[name])?.isInvalidated),
    dropped: names.filter((name) => !client.getQueryState(cache[name])),
  }
}

describe('query keys', () => {
  it('are all distinct, and no list is the prefix of anything else', () => {
    const hashes = Object.values(cache).map((key) => JSON.stringify(key))
    expect(new Set(hashes).size).toBe(hashes.length)
    for (const list of [cache.pipelines, cache.allCouplings, cache.apps, cache.teams]) {
      expect(list.at(-1)).toBe('list')
      const longer = Object.values(cache).filter(
        (key) => key.length > list.length && list.every((part, i) => key[i] === part),
      )
      expect(longer).toEqual([])
    }
  })

  it('never put an id from an address on a list (a pipeline or app named "list")', () => {
    expect(pipelineQueries.detail('list').queryKey).not.toEqual(pipelineKeys.list())
    expect(appQueries.detail('list').queryKey).not.toEqual(appKeys.list())
    expect(couplingQueries.ofApp('list').queryKey).not.toEqual(couplingKeys.list())
  })

  it("key a pipeline's apps by the ids its couplings name, in any order", () => {
    expect(appQueries.ofPipeline('p1', ['a1', 'a2']).queryKey).toEqual(cache.pipelineApps)
    expect(appQueries.ofPipeline('p1', undefined).enabled).toBe(false)
  })

  it("keep a pipeline's apps on screen while its set changes, never another pipeline's", () => {
    const client = seeded()
    const { placeholderData } = appQueries.ofPipeline('p1', ['a1', 'a2', 'a3'])
    if (typeof placeholderData !== 'function') throw new Error('expected a placeholder function')
    // The previous query, as TanStack Query hands it over when the key changes.
    type Previous = Parameters<typeof placeholderData>[1]
    const keepWhile = (from: QueryKey) =>
      placeholderData([], client.getQueryCache().find({ queryKey: from, exact: true }) as Previous)
    expect(keepWhile(cache.pipelineApps)).toEqual([])
    client.setQueryData(appQueries.ofPipeline('p2', ['a9']).queryKey, [])
    expect(keepWhile(appQueries.ofPipeline('p2', ['a9']).queryKey)).toBeUndefined()
  })
})

describe('what each change refreshes', () => {
  it('a move: every coupling, nothing else', async () => {
    expect(await touchedBy(refreshAfterStageChange)).toEqual({
      refreshed: ['allCouplings', 'couplings', 'appCoupling'],
      dropped: [],
    })
  })

  it("an app added or removed: that pipeline's board, every coupling, and the free apps", async () => {
    expect(await touchedBy((client) => refreshAfterMembershipChange(client, 'p1'))).toEqual({
      refreshed: [
        'pipeline',
        'allCouplings',
        'couplings',
        'appCoupling',
        'apps',
        'latest',
        'reviewApps',
      ],
      dropped: [],
    })
  })

  it('a new pipeline: the lists of pipelines, couplings and apps', async () => {
    expect(await touchedBy(refreshAfterPipelineCreated)).toEqual({
      refreshed: ['pipelines', 'allCouplings', 'couplings', 'appCoupling', 'apps'],
      dropped: [],
    })
  })

  it("a rename: the pipelines list and each app's coupling, which carries the name", async () => {
    expect(await touchedBy(refreshAfterPipelineRenamed)).toEqual({
      refreshed: ['pipelines', 'appCoupling'],
      dropped: [],
    })
  })

  it("a deleted pipeline: its board's data dropped, the lists refreshed", async () => {
    expect(await touchedBy((client) => forgetDeletedPipeline(client, 'p1'))).toEqual({
      refreshed: ['pipelines', 'allCouplings', 'appCoupling', 'apps'],
      dropped: ['pipeline', 'couplings', 'pipelineApps', 'latest', 'reviewApps'],
    })
  })

  it("a rollback: the app's releases and every board's newest releases", async () => {
    expect(await touchedBy((client) => refreshAfterNewRelease(client, 'a1'))).toEqual({
      refreshed: ['latest', 'otherLatest', 'history', 'current', 'release'],
      dropped: [],
    })
  })
})

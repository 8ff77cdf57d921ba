import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import type { Coupling } from './couplings'
import { couplingKeys, pipelineKeys } from './keys'
import type { Pipeline } from './pipelines'
import { seedBoardFromLists } from './seed-from-list'

const pipeline = (id: string, name: string) => ({ id, name }) as Pipeline
const coupling = (id: string, pipelineId: string, appId: string) =>
  ({ id, pipeline: { id: pipelineId }, app: { id: appId }, stage: 'staging' }) as Coupling

const PIPELINES = [pipeline('p1', 'fleet'), pipeline('p2', 'atlas')]
const COUPLINGS = [
  coupling('c1', 'p1', 'a1'),
  coupling('c2', 'p2', 'a2'),
  coupling('c3', 'p1', 'a3'),
]

const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

/**
 * The pipelines page's two lists, read `ago` ms ago (the couplings `couplingsAgo`), shown by a
 * page on screen (an observer each), going stale after 15 s as the app's do.
 */
function pipelinesPage({ ago = 2_000, couplingsAgo = 1_000, watched = true } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: 15_000, queryFn: () => new Promise(() => {}) } },
  })
  const list = (key: QueryKey, data: unknown, readAgo: number) => {
    client.setQueryData(key, data, { updatedAt: Date.now() - readAgo })
    if (watched) stops.push(new QueryObserver(client, { queryKey: key }).subscribe(() => {}))
  }
  list(pipelineKeys.list(), PIPELINES, ago)
  list(couplingKeys.list(), COUPLINGS, couplingsAgo)
  return client
}

const detailOf = (client: QueryClient, id: string) => client.getQueryData(pipelineKeys.detail(id))
const couplingIdsOf = (client: QueryClient, id: string) =>
  client.getQueryData<Coupling[]>(couplingKeys.ofPipeline(id))?.map((c) => c.id)

describe('a board opened from the pipelines page', () => {
  it('starts from what the lists say of its pipeline, as of when they were read', () => {
    const client = pipelinesPage()
    seedBoardFromLists(client, 'p1')
    expect(detailOf(client, 'p1')).toEqual(PIPELINES[0])
    expect(couplingIdsOf(client, 'p1')).toEqual(['c1', 'c3'])
    // The lists' own times: the board reads them again when they would have been.
    const pipelinesRead = client.getQueryState(pipelineKeys.list())?.dataUpdatedAt
    const couplingsRead = client.getQueryState(couplingKeys.list())?.dataUpdatedAt
    expect(client.getQueryState(pipelineKeys.detail('p1'))?.dataUpdatedAt).toBe(pipelinesRead)
    expect(client.getQueryState(couplingKeys.ofPipeline('p1'))?.dataUpdatedAt).toBe(couplingsRead)
  })

  it('takes nothing for a pipeline the list does not show', () => {
    const client = pipelinesPage()
    seedBoardFromLists(client, 'p9')
    expect(detailOf(client, 'p9')).toBeUndefined()
    expect(couplingIdsOf(client, 'p9')).toBeUndefined()
  })

  it('takes no couplings read before the pipelines list: they may not know a new pipeline', () => {
    const client = pipelinesPage({ ago: 1_000, couplingsAgo: 5_000 })
    seedBoardFromLists(client, 'p1')
    expect(detailOf(client, 'p1')).toEqual(PIPELINES[0])
    expect(couplingIdsOf(client, 'p1')).toBeUndefined()
  })

  it('takes nothing from lists gone stale, by age or by a change', () => {
    const old = pipelinesPage({ ago: 20_000, couplingsAgo: 20_000 })
    seedBoardFromLists(old, 'p1')
    expect(detailOf(old, 'p1')).toBeUndefined()

    // A deletion, here or in another tab, invalidates the lists before they are read again.
    const changed = pipelinesPage()
    void changed.invalidateQueries({ queryKey: pipelineKeys.all, refetchType: 'none' })
    void changed.invalidateQueries({ queryKey: couplingKeys.all, refetchType: 'none' })
    seedBoardFromLists(changed, 'p1')
    expect(detailOf(changed, 'p1')).toBeUndefined()
    expect(couplingIdsOf(changed, 'p1')).toBeUndefined()
  })

  it('takes nothing from lists no page shows any more (kept in memory for a while)', () => {
    const client = pipelinesPage({ watched: false })
    seedBoardFromLists(client, 'p1')
    expect(detailOf(client, 'p1')).toBeUndefined()
  })

  it('leaves alone what the board read itself', () => {
    const client = pipelinesPage()
    const ownRead = [coupling('c1', 'p1', 'a1')]
    client.setQueryData(couplingKeys.ofPipeline('p1'), ownRead)
    seedBoardFromLists(client, 'p1')
    expect(client.getQueryData(couplingKeys.ofPipeline('p1'))).toBe(ownRead)
  })
})

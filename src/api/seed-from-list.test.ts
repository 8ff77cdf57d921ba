import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { Coupling } from './couplings'
import { couplingKeys, pipelineKeys } from './keys'
import type { Pipeline } from './pipelines'
import { seedBoardFromLists } from './seed-from-list'

const pipeline = (id: string, name: string) => ({ id, name }) as Pipeline
const coupling = (id: string, pipelineId: string, appId: string) =>
  ({ id, pipeline: { id: pipelineId }, app: { id: appId }, stage: 'staging' }) as Coupling

function clientWithLists(pipelines?: Pipeline[], couplings?: Coupling[]) {
  const client = new QueryClient()
  if (pipelines) client.setQueryData(pipelineKeys.list(), pipelines, { updatedAt: 1_000 })
  if (couplings) client.setQueryData(couplingKeys.list(), couplings, { updatedAt: 2_000 })
  return client
}

describe('a board opened from the pipelines page', () => {
  const lists = [
    [pipeline('p1', 'fleet'), pipeline('p2', 'atlas')],
    [coupling('c1', 'p1', 'a1'), coupling('c2', 'p2', 'a2'), coupling('c3', 'p1', 'a3')],
  ] as const

  it('starts from what the lists say of its pipeline, as of when they were read', () => {
    const client = clientWithLists([...lists[0]], [...lists[1]])
    seedBoardFromLists(client, 'p1')
    expect(client.getQueryData(pipelineKeys.detail('p1'))).toEqual(lists[0][0])
    expect(
      client.getQueryData<Coupling[]>(couplingKeys.ofPipeline('p1'))?.map((c) => c.id),
    ).toEqual(['c1', 'c3'])
    // Their own time, so they are read again once that is old enough.
    expect(client.getQueryState(pipelineKeys.detail('p1'))?.dataUpdatedAt).toBe(1_000)
    expect(client.getQueryState(couplingKeys.ofPipeline('p1'))?.dataUpdatedAt).toBe(2_000)
  })

  it('gives no couplings for a pipeline the list does not know: it may be newer than the list', () => {
    const client = clientWithLists([...lists[0]], [...lists[1]])
    seedBoardFromLists(client, 'p9')
    expect(client.getQueryData(pipelineKeys.detail('p9'))).toBeUndefined()
    expect(client.getQueryData(couplingKeys.ofPipeline('p9'))).toBeUndefined()
  })

  it('leaves alone what the board itself read, and does nothing without the lists', () => {
    const client = clientWithLists([...lists[0]], [...lists[1]])
    const ownRead = [coupling('c1', 'p1', 'a1')]
    client.setQueryData(couplingKeys.ofPipeline('p1'), ownRead)
    seedBoardFromLists(client, 'p1')
    expect(client.getQueryData(couplingKeys.ofPipeline('p1'))).toBe(ownRead)

    const empty = clientWithLists()
    seedBoardFromLists(empty, 'p1')
    expect(empty.getQueryData(pipelineKeys.detail('p1'))).toBeUndefined()
    expect(empty.getQueryData(couplingKeys.ofPipeline('p1'))).toBeUndefined()
  })
})

import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { Coupling } from './couplings'
import { couplingKeys, pipelineKeys } from './keys'
import type { Pipeline } from './pipelines'

/**
 * What a list already read says of one of its items, given as that item's own answer (with the
 * list's time) when nothing has been read for it yet. A board opened from the pipelines page then
 * shows at once what the page had read of its pipeline and couplings, instead of waiting for half
 * a megabyte of couplings on a big pipeline; its own reads go out only once that goes stale.
 * Heroku's pipeline lists are not paged (REFERENCE §1.4), so the list holds all of an item.
 */
function seedFromList<L, T>(
  queryClient: QueryClient,
  listKey: QueryKey,
  key: QueryKey,
  pick: (list: L) => T | undefined,
) {
  const list = queryClient.getQueryState<L>(listKey)
  if (list?.data === undefined || queryClient.getQueryData(key) !== undefined) return
  const value = pick(list.data)
  if (value !== undefined) queryClient.setQueryData(key, value, { updatedAt: list.dataUpdatedAt })
}

/**
 * A board's pipeline and couplings from the pipelines page's lists, when they were read: the
 * couplings only when the list knows the pipeline (one created since would show empty).
 */
export function seedBoardFromLists(queryClient: QueryClient, pipelineId: string) {
  seedFromList(
    queryClient,
    pipelineKeys.list(),
    pipelineKeys.detail(pipelineId),
    (all: Pipeline[]) => all.find((pipeline) => pipeline.id === pipelineId),
  )
  if (queryClient.getQueryData(pipelineKeys.detail(pipelineId)) === undefined) return
  seedFromList(
    queryClient,
    couplingKeys.list(),
    couplingKeys.ofPipeline(pipelineId),
    (all: Coupling[]) => all.filter((coupling) => coupling.pipeline.id === pipelineId),
  )
}

import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { Coupling } from './couplings'
import { couplingKeys, pipelineKeys } from './keys'
import type { Pipeline } from './pipelines'

/**
 * A list a page on screen shows, with when it was read, if it is fresh: read within its stale
 * time and not made stale since by a change (this tab's or another's).
 */
function freshList<L>(queryClient: QueryClient, key: QueryKey) {
  const query = queryClient.getQueryCache().find<L>({ queryKey: key, exact: true })
  if (!query || query.getObserversCount() === 0 || query.isStale()) return undefined
  const { data, dataUpdatedAt } = query.state
  return data === undefined ? undefined : { data, updatedAt: dataUpdatedAt }
}

/**
 * A board opened from the pipelines page starts from what that page's lists read of it: its
 * pipeline and where its apps are, as that pipeline's and couplings' own answers (with the lists'
 * time), instead of waiting for half a megabyte of couplings on a big pipeline. Only from fresh
 * lists, and only what the board has not read itself. The couplings only when they were read
 * after the pipelines list that shows the pipeline: read before, they may not know a pipeline
 * created since. Heroku's pipeline lists are not paged (REFERENCE §1.4): the list has them all.
 */
export function seedBoardFromLists(queryClient: QueryClient, pipelineId: string) {
  const pipelines = freshList<Pipeline[]>(queryClient, pipelineKeys.list())
  const pipeline = pipelines?.data.find((listed) => listed.id === pipelineId)
  if (!pipelines || !pipeline) return
  const seed = (key: QueryKey, value: unknown, updatedAt: number) => {
    if (queryClient.getQueryData(key) === undefined)
      queryClient.setQueryData(key, value, { updatedAt })
  }
  seed(pipelineKeys.detail(pipelineId), pipeline, pipelines.updatedAt)
  const couplings = freshList<Coupling[]>(queryClient, couplingKeys.list())
  if (!couplings || couplings.updatedAt < pipelines.updatedAt) return
  const ofPipeline = couplings.data.filter((coupling) => coupling.pipeline.id === pipelineId)
  seed(couplingKeys.ofPipeline(pipelineId), ofPipeline, couplings.updatedAt)
}

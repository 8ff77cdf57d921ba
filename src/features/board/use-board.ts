import { useQuery } from '@tanstack/react-query'
import { appQueries } from '@/api/apps'
import { isNotFound } from '@/api/client'
import { couplingQueries } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { releaseQueries } from '@/api/releases'
import { reviewAppQueries } from '@/api/review-apps'
import { boardEntries, placeReviewApps, type BoardEntry } from '@/lib/board'
import { neighboursOf } from '@/lib/drift'
import { promoteBlocker } from '@/lib/promotion'
import { hasSucceededRelease } from '@/lib/releases'
import { downstreamOf } from '@/lib/stages'

/**
 * Everything a board shows, from five queries: the pipeline and its couplings decide whether there
 * is a board at all; its apps, newest releases and review apps fill the cards in as they arrive,
 * and a failure among those is reported beside a board that still works.
 */
export function useBoard(pipelineId: string) {
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const couplings = useQuery(couplingQueries.byPipeline(pipelineId))
  const apps = useQuery(
    appQueries.ofPipeline(
      pipelineId,
      couplings.data?.map((coupling) => coupling.app.id),
    ),
  )
  const latest = useQuery(releaseQueries.latestOfPipeline(pipelineId))
  const reviewApps = useQuery(reviewAppQueries.ofPipeline(pipelineId))

  if (isNotFound(pipeline.error)) return { status: 'not-found' } as const
  const failed = [pipeline, couplings].find((query) => query.isError)
  if (failed) {
    return {
      status: 'failed',
      error: failed.error,
      retry: () => void Promise.all([pipeline.refetch(), couplings.refetch()]),
      retrying: pipeline.isFetching || couplings.isFetching,
    } as const
  }
  if (!pipeline.data || !couplings.data) return { status: 'loading' } as const

  const entries = boardEntries(couplings.data, apps.data, latest.data)
  // While an app that joined or left is being read, the apps shown are the previous set's.
  const coupled = new Set(couplings.data.map((coupling) => coupling.app.id))
  return {
    status: 'ready',
    pipeline: pipeline.data,
    apps: apps.data?.filter((app) => coupled.has(app.id)),
    entries,
    reviewApps: placeReviewApps(entries, reviewApps.data),
    /** parts of the board that failed to load, each with its own retry */
    partialFailures: [apps, latest, reviewApps]
      .filter((query) => query.isError)
      .map((query) => ({
        error: query.error,
        retry: () => void query.refetch(),
        retrying: query.isFetching,
      })),
    neighboursOf: (entry: BoardEntry) => neighboursOf(entry, entries),
    /** why an app cannot promote, or null when it can; undefined for stages that never promote */
    promoteBlockerOf: (entry: BoardEntry) =>
      downstreamOf(entry.stage)
        ? promoteBlocker(
            { ...entry, hasSucceededRelease: hasSucceededRelease(entry.latest) },
            entries,
          )
        : undefined,
  } as const
}

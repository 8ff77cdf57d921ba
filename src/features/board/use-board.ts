import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { appQueries } from '@/api/apps'
import { isNotFound } from '@/api/client'
import { couplingQueries } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { releaseQueries } from '@/api/releases'
import { reviewAppQueries } from '@/api/review-apps'
import { boardEntries, placeReviewApps, type BoardEntry } from '@/lib/board'
import { filterTerms, matchesFilter } from '@/lib/board-filter'
import { describeStage } from '@/lib/code-groups'
import { promoteBlocker } from '@/lib/promotion'
import { hasSucceededRelease, RELEASE_STATUS_WORDS } from '@/lib/releases'
import { BOARD_STAGES, downstreamOf, upstreamOf, type BoardStage } from '@/lib/stages'
import type { NeighbourStage } from './drift/drift-list'
import { useCodeIndex } from './drift/use-code-index'

const stagesAround = (stage: BoardStage) =>
  [upstreamOf(stage), downstreamOf(stage)].filter(
    (neighbour): neighbour is BoardStage => neighbour !== undefined,
  )

/**
 * Everything a board shows, from five list requests: the pipeline and its couplings decide whether
 * there is a board at all; its apps, newest releases and review apps fill the cards in as they
 * arrive, and a failure among those is reported beside a board that still works. What each app
 * runs is read once for the board and grouped by code, per stage.
 */
export function useBoard(pipelineId: string, filter = '') {
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

  const entries = useMemo(
    () => (couplings.data ? boardEntries(couplings.data, apps.data, latest.data) : []),
    [couplings.data, apps.data, latest.data],
  )
  const code = useCodeIndex(entries)
  const placedReviewApps = useMemo(
    () => placeReviewApps(entries, reviewApps.data),
    [entries, reviewApps.data],
  )
  const byStage = useMemo(() => {
    const terms = filterTerms(filter)
    const shown = (entry: BoardEntry) => {
      if (terms.length === 0) return true
      const runs = code.of(entry.appId).code
      const reviewApp = placedReviewApps.byApp.get(entry.appId)
      return matchesFilter(terms, {
        name: entry.name,
        commit: 'commit' in runs ? runs.commit : undefined,
        words: [
          entry.latest ? RELEASE_STATUS_WORDS[entry.latest.status] : 'no release',
          entry.app?.maintenance ? 'maintenance' : '',
          reviewApp ? `${reviewApp.status} ${reviewApp.branch} #${reviewApp.pr_number ?? ''}` : '',
        ],
      })
    }
    const stages = new Map<
      BoardStage,
      { entries: BoardEntry[]; shown: BoardEntry[]; summary: string }
    >()
    for (const stage of BOARD_STAGES) {
      const inStage = entries.filter((entry) => entry.stage === stage)
      stages.set(stage, {
        entries: inStage,
        shown: terms.length === 0 ? inStage : inStage.filter(shown),
        summary: describeStage(code.groupsOf(stage)),
      })
    }
    const neighbours = new Map(
      BOARD_STAGES.map((stage) => [
        stage,
        stagesAround(stage).map((neighbour): NeighbourStage => ({
          stage: neighbour,
          groups: code.groupsOf(neighbour).map((group) => ({
            key: group.key,
            stage: neighbour,
            code: group.code,
            names: group.apps.map((entry) => entry.name),
          })),
        })),
      ]),
    )
    const pending = placedReviewApps.pending.filter((reviewApp) =>
      matchesFilter(terms, {
        name: `PR #${reviewApp.pr_number ?? ''} ${reviewApp.branch}`,
        words: [reviewApp.status],
      }),
    )
    return { stages, neighbours, pending }
  }, [entries, code, filter, placedReviewApps])

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

  // While an app that joined or left is being read, the apps shown are the previous set's.
  const coupled = new Set(couplings.data.map((coupling) => coupling.app.id))
  return {
    status: 'ready',
    pipeline: pipeline.data,
    apps: apps.data?.filter((app) => coupled.has(app.id)),
    entries,
    code,
    reviewApps: placedReviewApps,
    /** parts of the board that failed to load, each with its own retry */
    partialFailures: [apps, latest, reviewApps]
      .filter((query) => query.isError)
      .map((query) => ({
        error: query.error,
        retry: () => void query.refetch(),
        retrying: query.isFetching,
      })),
    entriesOf: (stage: BoardStage) => byStage.stages.get(stage)?.entries ?? [],
    /** the stage's cards the filter lets through (all of them without a filter) */
    shownOf: (stage: BoardStage) => byStage.stages.get(stage)?.shown ?? [],
    /** review apps with no app on the board yet that the filter lets through */
    pendingShown: byStage.pending,
    filtering: filterTerms(filter).length > 0,
    /** "1,300 apps · 3 versions: 1,240 on 84fd456, …" */
    summaryOf: (stage: BoardStage) => byStage.stages.get(stage)?.summary ?? '',
    /** the groups a card of this stage compares itself with */
    neighboursOf: (stage: BoardStage) => byStage.neighbours.get(stage) ?? [],
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

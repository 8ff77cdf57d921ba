import { useInfiniteQuery, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { releaseQueries, type Release } from '@/api/releases'
import { reviewAppQueries } from '@/api/review-apps'
import { configVarQueries } from '@/api/stage-config-vars'
import { composeActivity, filterActivity, type ActivityFilter } from '@/lib/activity'
import { parseLog } from '@/lib/activity-log'
import { byName } from '@/lib/board'

/**
 * Up to this many apps, the activity reads each app's newest releases (one request per app, most
 * of them already read by the board). Past it, each app's newest release alone, from the one list
 * the board reads: 2,000 requests would spend half an hour of Heroku's budget. Filtered to one
 * app, that app's whole history, page by page.
 */
export const EVERY_APP_UP_TO = 25

/**
 * The pipeline's activity, as `src/lib/activity.ts` puts it together, filtered. What it reads is
 * what the board reads (the newest releases, the review apps, the stage's config vars, where
 * Stageboard's log lives), plus releases per app as above.
 */
export function useActivity(pipelineId: string, filter: ActivityFilter) {
  const queryClient = useQueryClient()
  const latest = useQuery(releaseQueries.latestOfPipeline(pipelineId))
  const reviewApps = useQuery(reviewAppQueries.ofPipeline(pipelineId))
  const log = useQuery({ ...configVarQueries.testStage(pipelineId), select: parseLog })

  const appIds = useMemo(
    () => new Map(latest.data?.map((release) => [release.app.name, release.app.id])),
    [latest.data],
  )
  const appNames = useMemo(() => [...appIds.keys()].sort(byName), [appIds])
  const nameById = useMemo(
    () => new Map([...appIds].map(([name, appId]) => [appId, name])),
    [appIds],
  )
  const filteredAppId = appIds.get(filter.app)
  const everyApp = latest.data !== undefined && latest.data.length <= EVERY_APP_UP_TO
  const recent = useQueries({
    queries: (everyApp && !filteredAppId ? [...appIds.values()] : []).map((appId) =>
      releaseQueries.recent(appId, queryClient),
    ),
    combine: (results) => ({
      releases: results.flatMap((result) => result.data ?? []),
      failed: results.find((result) => result.isError)?.error ?? null,
      pending: results.some((result) => result.isPending),
    }),
  })
  const history = useInfiniteQuery({
    ...releaseQueries.history(filteredAppId ?? ''),
    enabled: filteredAppId !== undefined,
  })

  const historyReleases = filteredAppId ? history.data?.pages : undefined
  const entries = useMemo(() => {
    const releases: Release[] = [
      ...(latest.data ?? []),
      ...recent.releases,
      ...(historyReleases?.flatMap((page) => page.releases) ?? []),
    ]
    return composeActivity({
      releases,
      reviewApps: reviewApps.data ?? [],
      log: log.data ?? [],
    })
  }, [latest.data, recent.releases, historyReleases, reviewApps.data, log.data])

  return {
    entries: useMemo(() => filterActivity(entries, filter), [entries, filter]),
    appNames,
    nameOf: (appId: string) => nameById.get(appId),
    /** what of the releases is read: each app's newest alone (a big pipeline), its newest page,
     * or one app's whole history */
    reach: filteredAppId ? 'app' : everyApp ? 'recent' : ('newest' as 'app' | 'recent' | 'newest'),
    pending: latest.isPending || log.isPending || reviewApps.isPending,
    /** each app's newest releases on their way (a small pipeline, no app chosen) */
    readingApps: recent.pending,
    /** what could not be read, each with its own words: the timeline shows the rest */
    failures: [
      {
        what: "Couldn't read the releases",
        error: latest.error ?? recent.failed ?? (filteredAppId ? history.error : null),
      },
      { what: "Couldn't read Stageboard's log", error: log.error },
      { what: "Couldn't read the review apps", error: reviewApps.error },
    ].filter((failure) => failure.error !== null),
    /** reads again whatever this page failed to read */
    retry: () =>
      void queryClient.refetchQueries({
        type: 'active',
        predicate: (query) => query.state.status === 'error',
      }),
    olderReleases: filteredAppId
      ? {
          more: history.hasNextPage,
          loading: history.isFetchingNextPage,
          load: () => void history.fetchNextPage(),
        }
      : null,
  }
}

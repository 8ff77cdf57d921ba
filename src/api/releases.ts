import {
  infiniteQueryOptions,
  mutationOptions,
  queryOptions,
  type QueryClient,
} from '@tanstack/react-query'
import { z } from 'zod/mini'
import { request, parseBody, requestJson } from './client'
import { politeInterval } from './rate-limit'
import { latestReleasesOfPipeline } from './latest-releases'
import { releaseKeys, slugKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { releaseListSchema, releaseSchema, type Release } from './release-schema'
import { refreshOnSettled } from './settle'

/** Most of the app knows a release as part of the releases API. */
export type { Release } from './release-schema'

export const slugSchema = z.object({
  id: z.string(),
  commit: z.nullable(z.string()),
  commit_description: z.nullable(z.string()),
})
export type Slug = z.infer<typeof slugSchema>

/** A release that ran: its slug is what the app runs until a newer one succeeds. */
export const isSucceeded = (release: Release) => release.status === 'succeeded'

/** The app's newest succeeded release, as `pipelines:diff` finds it: newest first, page by page. */
async function fetchCurrentRelease(appId: string, signal: AbortSignal): Promise<Release | null> {
  const path = `/apps/${encodeURIComponent(appId)}/releases`
  let range: string | null = 'version ..; max=20, order=desc'
  while (range) {
    const response: Response = await request(path, { range, signal, variant: 'sdk' })
    const page = await parseBody(response, releaseListSchema, path)
    const succeeded = page.find(isSucceeded)
    if (succeeded) return succeeded
    range = response.status === 206 ? response.headers.get('Next-Range') : null
  }
  return null
}

/** How many releases a history page holds. */
export const RELEASES_PER_PAGE = 20

/** The Range of an app's newest page of releases. */
const NEWEST_PAGE = `version ..; max=${RELEASES_PER_PAGE}, order=desc`

/** One page of an app's releases, newest first, and the Range that fetches the next (if any). */
async function fetchReleasePage(appId: string, range: string, signal: AbortSignal) {
  const path = `/apps/${encodeURIComponent(appId)}/releases`
  const response = await request(path, { range, signal })
  const releases = await parseBody(response, releaseListSchema, path)
  return {
    releases,
    nextRange: response.status === 206 ? response.headers.get('Next-Range') : null,
  }
}

export const releaseQueries = {
  /** An app's releases, newest first, a page at a time, as `heroku releases` pages them. */
  history: (appId: string) =>
    infiniteQueryOptions({
      queryKey: releaseKeys.history(appId),
      queryFn: ({ pageParam, signal }) => fetchReleasePage(appId, pageParam, signal),
      initialPageParam: NEWEST_PAGE,
      getNextPageParam: (page) => page.nextRange ?? undefined,
      // A release command running: its outcome shows without a reload (its log's end reads it
      // too, when the log is open).
      refetchInterval: (query) =>
        query.state.data?.pages.some((page) => page.releases.some((r) => r.status === 'pending'))
          ? politeInterval(5000)
          : false,
    }),
  /**
   * An app's newest releases, one page: what the activity reads of each app of a small pipeline.
   * The same request as its history's first page, and taken from there when that was read in the
   * last minute (a card's rollback menu reads it), so opening the activity after the board asks
   * again only for what the board has not read.
   */
  recent: (appId: string, client: QueryClient) =>
    queryOptions({
      queryKey: releaseKeys.recent(appId),
      queryFn: async ({ signal }) => (await fetchReleasePage(appId, NEWEST_PAGE, signal)).releases,
      initialData: () =>
        client.getQueryData(releaseQueries.history(appId).queryKey)?.pages[0]?.releases,
      initialDataUpdatedAt: () =>
        client.getQueryState(releaseQueries.history(appId).queryKey)?.dataUpdatedAt,
      staleTime: 60_000,
    }),
  /** One release; polled while its release command runs. */
  detail: (appId: string, releaseId: string) =>
    queryOptions({
      queryKey: releaseKeys.detail(appId, releaseId),
      queryFn: ({ signal }) =>
        requestJson(
          `/apps/${encodeURIComponent(appId)}/releases/${encodeURIComponent(releaseId)}`,
          releaseSchema,
          { signal },
        ),
      refetchInterval: (query) =>
        query.state.data?.status === 'pending' ? politeInterval(1000) : false,
    }),
  /** The newest release of each app in the pipeline, whatever its status: one request. */
  latestOfPipeline: latestReleasesOfPipeline,
  /**
   * The release the app runs; only needed when its newest release is not a succeeded one. Which
   * release that is follows from the history up to the newest: asked once per newest release,
   * and kept across reloads.
   */
  current: (appId: string, newestReleaseId: string) =>
    queryOptions({
      queryKey: releaseKeys.current(appId, newestReleaseId),
      queryFn: ({ signal }) => fetchCurrentRelease(appId, signal),
      staleTime: Infinity,
      meta: { persist: true },
    }),
}

export const slugQueries = {
  /** A slug never changes: fetched once a session. */
  detail: (appId: string, slugId: string) =>
    // Slug ids are unique platform-wide; the app is only part of the URL.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: slugKeys.detail(slugId),
      meta: { persist: true },
      queryFn: ({ signal }) =>
        requestJson(
          `/apps/${encodeURIComponent(appId)}/slugs/${encodeURIComponent(slugId)}`,
          slugSchema,
          { signal, variant: 'sdk' },
        ),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
}

/** `heroku rollback`: a new release that runs an older release's slug and config. */
function rollbackTo(appId: string, releaseId: string) {
  return requestJson(`/apps/${encodeURIComponent(appId)}/releases`, releaseSchema, {
    method: 'POST',
    body: { release: releaseId },
  })
}

/**
 * After an app gets a new release: its own releases, and its card on its board, wherever that is
 * (every pipeline's newest releases: the release history page need not know the app's pipeline).
 */
export const refreshAfterNewRelease = (client: QueryClient, appId: string) =>
  Promise.all([
    client.invalidateQueries({ queryKey: releaseKeys.ofApp(appId) }),
    client.invalidateQueries({ queryKey: releaseKeys.latest() }),
  ])

export const releaseMutations = {
  /** Back to `release`'s slug and config, as a new release. */
  rollback: (appId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.rollback(appId),
      mutationFn: (release: Release) => rollbackTo(appId, release.id),
      onSettled: (_created, error, _release, _result, { client }) =>
        refreshOnSettled(error, () => refreshAfterNewRelease(client, appId)),
    }),
}

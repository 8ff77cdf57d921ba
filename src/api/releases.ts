import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { request, parseBody, requestJson } from './client'

export const releaseSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['pending', 'succeeded', 'failed', 'expired']),
  current: z.boolean(),
  description: z.string(),
  created_at: z.string(),
  app: z.object({ id: z.string(), name: z.string() }),
  slug: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), email: z.string() }),
  eligible_for_rollback: z.boolean(),
})
export type Release = z.infer<typeof releaseSchema>

export const slugSchema = z.object({
  id: z.string(),
  commit: z.string().nullable(),
  commit_description: z.string().nullable(),
})
export type Slug = z.infer<typeof slugSchema>

/** The app's newest succeeded release, as `pipelines:diff` finds it: newest first, page by page. */
async function fetchCurrentRelease(appId: string, signal: AbortSignal): Promise<Release | null> {
  const path = `/apps/${encodeURIComponent(appId)}/releases`
  let range: string | null = 'version ..; max=20, order=desc'
  while (range) {
    const response: Response = await request(path, { range, signal, variant: 'sdk' })
    const page = await parseBody(response, releaseSchema.array(), path)
    const succeeded = page.find((release) => release.status === 'succeeded')
    if (succeeded) return succeeded
    range = response.status === 206 ? response.headers.get('Next-Range') : null
  }
  return null
}

export const releaseQueries = {
  /** The newest release of each app in the pipeline, whatever its status: one request. */
  latestOfPipeline: (pipelineId: string) =>
    queryOptions({
      queryKey: ['pipelines', pipelineId, 'latest-releases'],
      queryFn: ({ signal }) =>
        requestJson(
          `/pipelines/${encodeURIComponent(pipelineId)}/latest-releases`,
          releaseSchema.array(),
          { signal },
        ),
    }),
  /** The release the app runs; only needed when its newest release is not a succeeded one. */
  current: (appId: string) =>
    queryOptions({
      queryKey: ['apps', appId, 'releases', 'current'],
      queryFn: ({ signal }) => fetchCurrentRelease(appId, signal),
    }),
}

export const slugQueries = {
  /** A slug never changes: fetched once a session. */
  detail: (appId: string, slugId: string) =>
    // Slug ids are unique platform-wide; the app is only part of the URL.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: ['slugs', slugId],
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

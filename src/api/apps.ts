import { hashKey, partialMatchKey, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { requestAllPages, requestJson } from './client'
import { appKeys } from './keys'

/** The team-app shape `POST /filters/apps` answers with (the fields a card needs). */
export const appSchema = z.object({
  id: z.string(),
  name: z.string(),
  maintenance: z.boolean(),
  released_at: z.nullable(z.string()),
  web_url: z.nullable(z.string()),
  owner: z.nullable(z.object({ id: z.string(), email: z.string() })),
  team: z.optional(z.nullable(z.object({ name: z.string() }))),
  region: z.object({ name: z.string() }),
})
export type App = z.infer<typeof appSchema>

/** The apps with these ids, in as few requests as Range paging allows (1000 a page). */
function fetchAppsByIds(ids: readonly string[], signal?: AbortSignal) {
  if (ids.length === 0) return Promise.resolve([])
  return requestAllPages('/filters/apps', appSchema, {
    method: 'POST',
    body: { in: { id: ids } },
    range: 'id ..; max=1000;',
    variant: 'filters',
    signal,
  })
}

/** The app shape `GET /apps` answers with: its team carries an id, which a new pipeline's owner needs. */
export const listedAppSchema = z.extend(appSchema, {
  team: z.nullable(z.object({ id: z.string(), name: z.string() })),
})
export type ListedApp = z.infer<typeof listedAppSchema>

export const appQueries = {
  /** One app, by id or name. */
  detail: (appId: string) =>
    queryOptions({
      queryKey: appKeys.detail(appId),
      queryFn: ({ signal }) =>
        requestJson(`/apps/${encodeURIComponent(appId)}`, listedAppSchema, { signal }),
    }),
  /** Every app the account can see, by name (Heroku pages apps at up to 1000). */
  all: () =>
    queryOptions({
      queryKey: appKeys.list(),
      queryFn: ({ signal }) =>
        requestAllPages('/apps', listedAppSchema, { range: 'name ..; max=1000;', signal }),
    }),
  /**
   * A pipeline's apps, as the CLI fetches them: the ids its couplings name (from the couplings
   * query, which the board already has), in one filter request. Until the couplings are known
   * there is nothing to ask. When an app joins or leaves, the ids change and the apps already
   * known stay on screen while the new set loads; another pipeline's apps never do.
   */
  ofPipeline: (pipelineId: string, appIds: string[] | undefined) => {
    const ids = appIds?.toSorted() ?? []
    const queryKey = appKeys.withIds(pipelineId, ids)
    // Hashed once here, not at each render of the board: a key of 2,000 ids takes milliseconds.
    const hash = hashKey(queryKey)
    return queryOptions({
      queryKey,
      queryKeyHashFn: () => hash,
      queryFn: ({ signal }) => fetchAppsByIds(ids, signal),
      enabled: appIds !== undefined,
      // Names and settings change rarely, and a 2,000-app pipeline is two pages of 1,000: kept a
      // minute, and across reloads, so a reload costs the board's four fast-changing lists only.
      staleTime: 60_000,
      meta: { persist: true },
      placeholderData: (previous, previousQuery) =>
        previousQuery && partialMatchKey(previousQuery.queryKey, appKeys.ofPipeline(pipelineId))
          ? previous
          : undefined,
    })
  },
}

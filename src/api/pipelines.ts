import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { requestJson } from './client'
import { pipelineKeys } from './keys'

export const ownerSchema = z.object({ id: z.string(), type: z.enum(['team', 'user']) })

export const pipelineSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  owner: z.nullable(ownerSchema),
})
export type Pipeline = z.infer<typeof pipelineSchema>
export type PipelineOwner = z.infer<typeof ownerSchema>

export const pipelineQueries = {
  all: () =>
    queryOptions({
      queryKey: pipelineKeys.list(),
      queryFn: ({ signal }) =>
        requestJson('/pipelines', z.array(pipelineSchema), { signal, variant: 'pipelines' }),
    }),
  /**
   * A pipeline's name and owner. They rarely change: kept across reloads and asked again after
   * five minutes, or at once on Refresh, when the tab comes back, and after a change made here.
   * A reload of a board then asks only for what moves on it.
   */
  detail: (pipelineId: string) =>
    queryOptions({
      queryKey: pipelineKeys.detail(pipelineId),
      queryFn: ({ signal }) =>
        requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
          signal,
          variant: 'pipelines',
        }),
      staleTime: 5 * 60_000,
      meta: { persist: true },
    }),
}

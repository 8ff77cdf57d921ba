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
  // Not kept across reloads: a rename followed at once by a reload could otherwise bring the old
  // name back (the kept answers are written a moment after they arrive).
  detail: (pipelineId: string) =>
    queryOptions({
      queryKey: pipelineKeys.detail(pipelineId),
      queryFn: ({ signal }) =>
        requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
          signal,
          variant: 'pipelines',
        }),
    }),
}

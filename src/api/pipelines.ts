import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { requestJson } from './client'

export const ownerSchema = z.object({ id: z.string(), type: z.enum(['team', 'user']) })

export const pipelineSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  owner: ownerSchema.nullable(),
})
export type Pipeline = z.infer<typeof pipelineSchema>
export type PipelineOwner = z.infer<typeof ownerSchema>

export const pipelineQueries = {
  all: () =>
    queryOptions({
      queryKey: ['pipelines'],
      queryFn: ({ signal }) =>
        requestJson('/pipelines', pipelineSchema.array(), { signal, variant: 'pipelines' }),
    }),
  detail: (pipelineId: string) =>
    queryOptions({
      queryKey: ['pipelines', pipelineId],
      queryFn: ({ signal }) =>
        requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
          signal,
          variant: 'pipelines',
        }),
    }),
}

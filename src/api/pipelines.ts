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

/** `pipelines:create`: a pipeline owned by a team or a user (Heroku no longer makes ownerless ones). */
export function createPipeline(input: { name: string; owner: PipelineOwner }) {
  return requestJson('/pipelines', pipelineSchema, {
    method: 'POST',
    body: { name: input.name, owner: input.owner },
    variant: 'pipelines',
  })
}

export function renamePipeline(pipelineId: string, name: string) {
  return requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
    method: 'PATCH',
    body: { name },
    variant: 'pipelines',
  })
}

/** `pipelines:destroy`: the pipeline and its couplings go; the apps stay. */
export function deletePipeline(pipelineId: string) {
  return requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
    method: 'DELETE',
    variant: 'pipelines',
  })
}

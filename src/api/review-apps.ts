import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { requestJson } from './client'
import { reviewAppKeys } from './keys'

export const reviewAppSchema = z.object({
  id: z.string(),
  app: z.object({ id: z.string() }).nullable(),
  branch: z.string(),
  pr_number: z.number().nullable(),
  status: z.enum(['pending', 'creating', 'created', 'deleting', 'deleted', 'errored']),
  message: z.string().nullable(),
  error_status: z.string().nullable(),
  created_at: z.string(),
})
export type ReviewApp = z.infer<typeof reviewAppSchema>

export const reviewAppQueries = {
  ofPipeline: (pipelineId: string) =>
    queryOptions({
      queryKey: reviewAppKeys.ofPipeline(pipelineId),
      queryFn: ({ signal }) =>
        requestJson(
          `/pipelines/${encodeURIComponent(pipelineId)}/review-apps`,
          reviewAppSchema.array(),
          { signal },
        ),
    }),
}

import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { requestJson } from './client'
import { reviewAppKeys } from './keys'

export const reviewAppSchema = z.object({
  id: z.string(),
  app: z.nullable(z.object({ id: z.string() })),
  branch: z.string(),
  pr_number: z.nullable(z.number()),
  status: z.enum(['pending', 'creating', 'created', 'deleting', 'deleted', 'errored']),
  message: z.nullable(z.string()),
  error_status: z.nullable(z.string()),
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
          z.array(reviewAppSchema),
          { signal },
        ),
    }),
}

import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ApiError, requestJson } from './client'

export const promotionSchema = z.object({
  id: z.string(),
  pipeline: z.object({ id: z.string() }),
  source: z.object({ app: z.object({ id: z.string() }), release: z.object({ id: z.string() }) }),
  status: z.enum(['pending', 'completed']),
  created_at: z.string(),
  updated_at: z.string().nullable(),
})
export type Promotion = z.infer<typeof promotionSchema>

export const promotionTargetSchema = z.object({
  id: z.string(),
  app: z.object({ id: z.string() }),
  release: z.object({ id: z.string() }).nullable(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  error_message: z.string().nullable(),
})
export type PromotionTarget = z.infer<typeof promotionTargetSchema>

/** How often a running promotion is asked about, as the CLI polls it. */
export const PROMOTION_POLL_MS = 1000

/** A refusal (a promotion that is not there, or not ours) will not change by asking again. */
const refused = (error: Error | null) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500

/** `pipelines:promote`: the source's current release (or the one named) goes to each target. */
export function createPromotion(input: {
  pipelineId: string
  sourceAppId: string
  sourceReleaseId?: string
  targetAppIds: string[]
}) {
  return requestJson('/pipeline-promotions', promotionSchema, {
    method: 'POST',
    body: {
      pipeline: { id: input.pipelineId },
      source: {
        app: { id: input.sourceAppId },
        ...(input.sourceReleaseId && { release: { id: input.sourceReleaseId } }),
      },
      targets: input.targetAppIds.map((id) => ({ app: { id } })),
    },
  })
}

export const promotionQueries = {
  detail: (promotionId: string) =>
    queryOptions({
      queryKey: ['pipeline-promotions', promotionId],
      queryFn: ({ signal }) =>
        requestJson(`/pipeline-promotions/${encodeURIComponent(promotionId)}`, promotionSchema, {
          signal,
        }),
      refetchInterval: (query) =>
        query.state.data?.status === 'completed' || refused(query.state.error)
          ? false
          : PROMOTION_POLL_MS,
    }),
  /** Polled about once a second while any target is pending; it stops once all have settled. */
  targets: (promotionId: string) =>
    queryOptions({
      queryKey: ['pipeline-promotions', promotionId, 'targets'],
      queryFn: ({ signal }) =>
        requestJson(
          `/pipeline-promotions/${encodeURIComponent(promotionId)}/promotion-targets`,
          promotionTargetSchema.array(),
          { signal },
        ),
      refetchInterval: (query) =>
        query.state.data?.every((target) => target.status !== 'pending') ||
        refused(query.state.error)
          ? false
          : PROMOTION_POLL_MS,
    }),
}

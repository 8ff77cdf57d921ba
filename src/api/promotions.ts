import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { ApiError, isClientError, requestJson } from './client'
import { politeInterval } from './rate-limit'
import { promotionKeys, releaseKeys } from './keys'
import { mutationKeys } from './mutation-keys'

export const promotionSchema = z.object({
  id: z.string(),
  pipeline: z.object({ id: z.string() }),
  source: z.object({ app: z.object({ id: z.string() }), release: z.object({ id: z.string() }) }),
  status: z.enum(['pending', 'completed']),
  created_at: z.string(),
  updated_at: z.nullable(z.string()),
})
export type Promotion = z.infer<typeof promotionSchema>

export const promotionTargetSchema = z.object({
  id: z.string(),
  app: z.object({ id: z.string() }),
  release: z.nullable(z.object({ id: z.string() })),
  status: z.enum(['pending', 'succeeded', 'failed']),
  error_message: z.nullable(z.string()),
})
export type PromotionTarget = z.infer<typeof promotionTargetSchema>

/** How often a running promotion is asked about, as the CLI polls it. */
export const PROMOTION_POLL_MS = 1000

export interface PromotionRequest {
  pipelineId: string
  sourceAppId: string
  /** the release to copy; without it, Heroku takes the source's current one */
  sourceReleaseId?: string
  targetAppIds: string[]
}

/** `pipelines:promote`: the source's current release (or the one named) goes to each target. */
function createPromotion(input: PromotionRequest) {
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
      queryKey: promotionKeys.detail(promotionId),
      queryFn: ({ signal }) =>
        requestJson(`/pipeline-promotions/${encodeURIComponent(promotionId)}`, promotionSchema, {
          signal,
        }),
      // Not polled: whether it is done is read from its targets, so following a promotion costs
      // one request a second, whatever the number of targets.
    }),
  /** Polled about once a second while any target is pending; it stops once all have settled. */
  targets: (promotionId: string) =>
    queryOptions({
      queryKey: promotionKeys.targets(promotionId),
      queryFn: ({ signal }) =>
        requestJson(
          `/pipeline-promotions/${encodeURIComponent(promotionId)}/promotion-targets`,
          z.array(promotionTargetSchema),
          { signal },
        ),
      refetchInterval: (query) =>
        query.state.data?.every((target) => target.status !== 'pending') ||
        isClientError(query.state.error)
          ? false
          : politeInterval(PROMOTION_POLL_MS),
    }),
}

/** A promotion took a step (a target released, or settled): its pipeline's cards show it. */
export const refreshAfterPromotionStep = (client: QueryClient, pipelineId: string) =>
  client.invalidateQueries({ queryKey: releaseKeys.latestOfPipeline(pipelineId) })

/** Every target has settled: each target's releases (and so its drift) are read again. */
export const refreshAfterPromotionSettled = (client: QueryClient, targetAppIds: string[]) =>
  Promise.all(
    targetAppIds.map((appId) => client.invalidateQueries({ queryKey: releaseKeys.ofApp(appId) })),
  )

export const promotionMutations = {
  /**
   * Starts a promotion. It belongs to the board, not to the dialog: closing the dialog while it is
   * on its way neither cancels nor repeats it.
   */
  start: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.promote(pipelineId),
      mutationFn: (input: Omit<PromotionRequest, 'pipelineId'>) =>
        createPromotion({ ...input, pipelineId }),
      onSettled: (promotion, error, _input, _result, { client }) => {
        // Given up on after 30 s, it may have started all the same: the cards read where it went.
        const mayHaveStarted = error instanceof ApiError && error.id === 'timeout'
        if (promotion || mayHaveStarted) void refreshAfterPromotionStep(client, pipelineId)
      },
    }),
}

import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { isNotFound, requestJson } from './client'
import { refreshAfterMembershipChange } from './coupling-changes'
import { reviewAppKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { refreshOnSettled } from './settle'

export const reviewAppSchema = z.object({
  id: z.string(),
  app: z.nullable(z.object({ id: z.string() })),
  branch: z.string(),
  pr_number: z.nullable(z.number()),
  status: z.enum(['pending', 'creating', 'created', 'deleting', 'deleted', 'errored']),
  message: z.nullable(z.string()),
  error_status: z.nullable(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
})
export type ReviewApp = z.infer<typeof reviewAppSchema>

export const reviewAppConfigSchema = z.object({
  automatic_review_apps: z.boolean(),
  destroy_stale_apps: z.boolean(),
  stale_days: z.nullable(z.number()),
  wait_for_ci: z.boolean(),
})
export type ReviewAppConfig = z.infer<typeof reviewAppConfigSchema>

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
  /** The pipeline's review-app settings; null while review apps are not enabled (404). */
  config: (pipelineId: string) =>
    queryOptions({
      queryKey: reviewAppKeys.config(pipelineId),
      queryFn: async ({ signal }) => {
        try {
          return await requestJson(
            `/pipelines/${encodeURIComponent(pipelineId)}/review-app-config`,
            reviewAppConfigSchema,
            { signal },
          )
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
      staleTime: 60_000,
    }),
}

export const reviewAppMutations = {
  /**
   * `reviewapps:create`: a review app from a branch of the pipeline's repository. Heroku finds
   * the branch's newest commit itself (`source_blob.url: "resolve"`, as the CLI sends it).
   */
  create: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.createReviewApp(pipelineId),
      mutationFn: (input: { branch: string; prNumber?: number }) =>
        requestJson('/review-apps', reviewAppSchema, {
          method: 'POST',
          body: {
            pipeline: pipelineId,
            branch: input.branch,
            source_blob: { url: 'resolve', version: null },
            ...(input.prNumber !== undefined && { pr_number: input.prNumber }),
          },
        }),
      onSettled: (_reviewApp, error, _input, _result, { client }) =>
        refreshOnSettled(error, () =>
          client.invalidateQueries({ queryKey: reviewAppKeys.ofPipeline(pipelineId) }),
        ),
    }),

  /** Deletes a review app and its app. */
  remove: (pipelineId: string, reviewAppId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.deleteReviewApp(reviewAppId),
      mutationFn: () =>
        requestJson(`/review-apps/${encodeURIComponent(reviewAppId)}`, reviewAppSchema, {
          method: 'DELETE',
        }),
      onSettled: (_reviewApp, error, _input, _result, { client }) =>
        refreshOnSettled(error, () => refreshAfterMembershipChange(client, pipelineId)),
    }),

  /** `reviewapps:enable`: review apps from the repository the pipeline is connected to. */
  enable: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.enableReviewApps(pipelineId),
      mutationFn: (input: { repo: string }) =>
        requestJson(
          `/pipelines/${encodeURIComponent(pipelineId)}/review-app-config`,
          reviewAppConfigSchema,
          { method: 'POST', body: { repo: input.repo } },
        ),
      onSettled: (_config, error, _input, _result, { client }) =>
        refreshOnSettled(error, () =>
          client.invalidateQueries({ queryKey: reviewAppKeys.config(pipelineId) }),
        ),
    }),
}

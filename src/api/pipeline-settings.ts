/**
 * What the Settings page changes: review-app settings, Heroku CI (Kolkrabbi), and who owns the
 * pipeline (`POST /pipeline-transfers`); and the people a team's pipeline can go to.
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { KOLKRABBI_URL, requestJson } from './client'
import {
  accountKeys,
  appKeys,
  couplingKeys,
  githubKeys,
  pipelineKeys,
  reviewAppKeys,
  testRunKeys,
} from './keys'
import { mutationKeys } from './mutation-keys'
import type { PipelineConnection } from './github'
import { reviewAppConfigSchema } from './review-apps'
import { refreshOnSettled } from './settle'

const teamMemberSchema = z.object({
  role: z.nullable(z.string()),
  user: z.object({ id: z.string(), email: z.string() }),
})
export type TeamMember = z.infer<typeof teamMemberSchema>

/** What a review-app settings change may say; what it leaves out stays as it is. */
export interface ReviewAppSettingsChange {
  automatic_review_apps?: boolean
  destroy_stale_apps?: boolean
  stale_days?: number
  wait_for_ci?: boolean
}

const configPath = (pipelineId: string) =>
  `/pipelines/${encodeURIComponent(pipelineId)}/review-app-config`

const refreshReviewAppSettings = (client: QueryClient, pipelineId: string) =>
  client.invalidateQueries({ queryKey: reviewAppKeys.config(pipelineId) })

export const settingsQueries = {
  /** A team's people, to whom the team's pipeline can be transferred. */
  teamMembers: (team: string) =>
    queryOptions({
      queryKey: accountKeys.teamMembers(team),
      queryFn: ({ signal }) =>
        requestJson(`/teams/${encodeURIComponent(team)}/members`, z.array(teamMemberSchema), {
          signal,
        }),
      staleTime: 5 * 60_000,
    }),
}

export const settingsMutations = {
  /** `reviewapps:enable|disable --autodeploy …`: a change to review-app settings that exist. */
  updateReviewApps: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.updateReviewApps(pipelineId),
      mutationFn: (change: ReviewAppSettingsChange) =>
        requestJson(configPath(pipelineId), reviewAppConfigSchema, {
          method: 'PATCH',
          body: change,
        }),
      onSettled: (_config, error, _change, _result, { client }) =>
        refreshOnSettled(error, () => refreshReviewAppSettings(client, pipelineId)),
    }),
  /** `reviewapps:disable`: no more review apps; those that exist stay until deleted. */
  disableReviewApps: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.disableReviewApps(pipelineId),
      mutationFn: () =>
        requestJson(configPath(pipelineId), reviewAppConfigSchema, { method: 'DELETE' }),
      onSettled: (_config, error, _input, _result, { client }) =>
        refreshOnSettled(error, () => refreshReviewAppSettings(client, pipelineId)),
    }),
  /** Heroku CI on or off (Kolkrabbi, as `pipelines:setup` turns it on). */
  setCi: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.setCi(pipelineId),
      mutationFn: (ci: boolean) =>
        requestJson(
          `/pipelines/${encodeURIComponent(pipelineId)}/repository`,
          z.object({ ci: z.boolean() }),
          { method: 'PATCH', body: { ci }, baseUrl: KOLKRABBI_URL },
        ),
      // Written into the cache at once: the answer is kept across reloads, and a reload right
      // after must not find CI as it was for the next five minutes.
      onSuccess: ({ ci }, _asked, _result, { client }) =>
        client.setQueryData(
          githubKeys.pipelineConnection(pipelineId),
          (known: PipelineConnection | null | undefined) => known && { ...known, ci },
        ),
      onSettled: (_answer, error, _ci, _result, { client }) =>
        refreshOnSettled(error, () =>
          Promise.all([
            client.invalidateQueries({ queryKey: githubKeys.pipelineConnection(pipelineId) }),
            client.invalidateQueries({ queryKey: testRunKeys.ofPipeline(pipelineId) }),
          ]),
        ),
    }),
  /** `pipelines:transfer`: the pipeline and its apps go to a team or a person. */
  transfer: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.transferPipeline(pipelineId),
      mutationFn: (to: { id: string; type: 'team' | 'user' }) =>
        requestJson(
          '/pipeline-transfers',
          z.object({ new_owner: z.object({ id: z.string(), type: z.string() }) }),
          { method: 'POST', body: { pipeline: { id: pipelineId }, new_owner: to } },
        ),
      onSettled: (_transfer, error, _to, _result, { client }) =>
        refreshOnSettled(error, () =>
          Promise.all([
            client.invalidateQueries({ queryKey: pipelineKeys.detail(pipelineId) }),
            client.invalidateQueries({ queryKey: pipelineKeys.list() }),
            client.invalidateQueries({ queryKey: couplingKeys.all }),
            client.invalidateQueries({ queryKey: appKeys.all }),
          ]),
        ),
    }),
}

/**
 * Deploys from GitHub (Heroku's GitHub integration, through Kolkrabbi): the branch an app deploys
 * from, whether each push to it deploys, and whether that waits for Heroku CI to pass.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { isNotFound, KOLKRABBI_URL, requestJson } from './client'
import { mutationKeys } from './mutation-keys'
import { refreshOnSettled } from './settle'

const autoDeploySchema = z.object({
  branch: z.string(),
  auto_deploy: z.boolean(),
  wait_for_ci: z.boolean(),
})
export type AutoDeploy = z.infer<typeof autoDeploySchema>

const linkPath = (appId: string) => `/apps/${encodeURIComponent(appId)}/github`

/** Here rather than in ./keys.ts, which the first screen loads: only Settings reads these. */
const autoDeployKey = (appId: string) => ['github', 'auto-deploy', appId] as const

export const autoDeployQueries = {
  /** How the app deploys from GitHub, or null when it is not connected to GitHub (404). */
  ofApp: (appId: string) =>
    queryOptions({
      queryKey: autoDeployKey(appId),
      queryFn: async ({ signal }): Promise<AutoDeploy | null> => {
        try {
          return await requestJson(linkPath(appId), autoDeploySchema, {
            signal,
            baseUrl: KOLKRABBI_URL,
          })
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
    }),
}

export const autoDeployMutations = {
  /** A change to the app's branch, automatic deploys, or waiting for CI; the rest stays. */
  update: (appId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.updateAutoDeploy(appId),
      mutationFn: (change: Partial<AutoDeploy>) =>
        requestJson(linkPath(appId), autoDeploySchema, {
          method: 'PATCH',
          body: change,
          baseUrl: KOLKRABBI_URL,
        }),
      onSettled: (_answer, error, _change, _result, { client }) =>
        refreshOnSettled(error, () => client.invalidateQueries({ queryKey: autoDeployKey(appId) })),
    }),
}

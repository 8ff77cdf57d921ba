import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { isNotFound, requestJson } from './client'
import { couplingKeys } from './keys'

export const STAGES = ['test', 'review', 'development', 'staging', 'production'] as const
export type Stage = (typeof STAGES)[number]

export const couplingSchema = z.object({
  id: z.string(),
  app: z.object({ id: z.string() }),
  pipeline: z.object({ id: z.string(), name: z.optional(z.string()) }),
  stage: z.enum(STAGES),
  created_at: z.string(),
  updated_at: z.string(),
})
export type Coupling = z.infer<typeof couplingSchema>

export const couplingQueries = {
  /** Every coupling the account can see: one request gives each pipeline's stage counts. */
  all: () =>
    queryOptions({
      queryKey: couplingKeys.list(),
      queryFn: ({ signal }) =>
        requestJson('/pipeline-couplings', z.array(couplingSchema), { signal, variant: 'sdk' }),
    }),
  /** The app's coupling ("Info By App"), or null when the app is in no pipeline (404). */
  ofApp: (appId: string) =>
    queryOptions({
      queryKey: couplingKeys.ofApp(appId),
      queryFn: async ({ signal }) => {
        try {
          return await requestJson(
            `/apps/${encodeURIComponent(appId)}/pipeline-couplings`,
            couplingSchema,
            { signal, variant: 'sdk' },
          )
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
    }),
  byPipeline: (pipelineId: string) =>
    queryOptions({
      queryKey: couplingKeys.ofPipeline(pipelineId),
      // Nothing keeps a coupling object between renders (the board reads ids and stages), so
      // comparing 2,000 couplings deeply on every move and refetch would buy nothing.
      structuralSharing: false,
      queryFn: ({ signal }) =>
        requestJson(
          `/pipelines/${encodeURIComponent(pipelineId)}/pipeline-couplings`,
          z.array(couplingSchema),
          { signal, variant: 'sdk' },
        ),
    }),
}

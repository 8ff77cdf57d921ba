import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ApiError, requestJson } from './client'

export const STAGES = ['test', 'review', 'development', 'staging', 'production'] as const
export type Stage = (typeof STAGES)[number]

export const couplingSchema = z.object({
  id: z.string(),
  app: z.object({ id: z.string() }),
  pipeline: z.object({ id: z.string(), name: z.string().optional() }),
  stage: z.enum(STAGES),
  created_at: z.string(),
  updated_at: z.string(),
})
export type Coupling = z.infer<typeof couplingSchema>

export const couplingQueries = {
  /** Every coupling the account can see: one request gives each pipeline's stage counts. */
  all: () =>
    queryOptions({
      queryKey: ['pipeline-couplings'],
      queryFn: ({ signal }) =>
        requestJson('/pipeline-couplings', couplingSchema.array(), { signal, variant: 'sdk' }),
    }),
  /** The app's coupling ("Info By App"), or null when the app is in no pipeline (404). */
  ofApp: (appId: string) =>
    queryOptions({
      queryKey: ['apps', appId, 'pipeline-coupling'],
      queryFn: async ({ signal }) => {
        try {
          return await requestJson(
            `/apps/${encodeURIComponent(appId)}/pipeline-couplings`,
            couplingSchema,
            { signal, variant: 'sdk' },
          )
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null
          throw error
        }
      },
    }),
  byPipeline: (pipelineId: string) =>
    queryOptions({
      queryKey: ['pipelines', pipelineId, 'couplings'],
      queryFn: ({ signal }) => fetchPipelineCouplings(pipelineId, signal),
    }),
}

/** Matches every app's "Info By App" coupling query: what a move, add or remove changes. */
export const isAppCouplingQuery = (query: { queryKey: readonly unknown[] }) =>
  query.queryKey[0] === 'apps' && query.queryKey[2] === 'pipeline-coupling'

export function fetchPipelineCouplings(pipelineId: string, signal?: AbortSignal) {
  return requestJson(
    `/pipelines/${encodeURIComponent(pipelineId)}/pipeline-couplings`,
    couplingSchema.array(),
    { signal, variant: 'sdk' },
  )
}

/** `pipelines:update`: moves the app to another stage of its pipeline. */
export function updateCouplingStage(couplingId: string, stage: Stage) {
  return requestJson(`/pipeline-couplings/${encodeURIComponent(couplingId)}`, couplingSchema, {
    method: 'PATCH',
    body: { stage },
    variant: 'sdk',
  })
}

/** `pipelines:add`: the app by id or name, the pipeline by id. */
export function createCoupling(input: { app: string; pipelineId: string; stage: Stage }) {
  return requestJson('/pipeline-couplings', couplingSchema, {
    method: 'POST',
    body: { app: input.app, pipeline: input.pipelineId, stage: input.stage },
    variant: 'sdk',
  })
}

/** `pipelines:remove`: the app leaves the pipeline and is otherwise untouched. */
export function deleteCoupling(couplingId: string) {
  return requestJson(`/pipeline-couplings/${encodeURIComponent(couplingId)}`, couplingSchema, {
    method: 'DELETE',
    variant: 'sdk',
  })
}

/**
 * A pipeline's config vars of stage `test` (`/pipelines/{id}/stage/test/config-vars`): Heroku
 * CI's environment, where Stageboard also keeps its own stop-the-line locks (src/lib/locks.ts).
 * A PATCH sets the vars it names and removes those it sets to null.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { requestJson } from './client'
import { configVarKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { refreshOnSettled } from './settle'

const varsSchema = z.record(z.string(), z.string())

const testStagePath = (pipelineId: string) =>
  `/pipelines/${encodeURIComponent(pipelineId)}/stage/test/config-vars`

export const configVarQueries = {
  testStage: (pipelineId: string) =>
    queryOptions({
      queryKey: configVarKeys.testStage(pipelineId),
      queryFn: ({ signal }) => requestJson(testStagePath(pipelineId), varsSchema, { signal }),
    }),
}

export const configVarMutations = {
  /** Sets (a string) or removes (null) the vars named; the others stay as they are. */
  setTestStage: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.setTestStageVars(pipelineId),
      mutationFn: (change: Record<string, string | null>) =>
        requestJson(testStagePath(pipelineId), varsSchema, { method: 'PATCH', body: change }),
      onSettled: (_vars, error, _change, _result, { client }) =>
        refreshOnSettled(error, () =>
          client.invalidateQueries({ queryKey: configVarKeys.testStage(pipelineId) }),
        ),
    }),
}

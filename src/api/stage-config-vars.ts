/**
 * A pipeline's config vars of stage `test` (`/pipelines/{id}/stage/test/config-vars`): Heroku
 * CI's environment, where Stageboard also keeps its own stop-the-line locks (src/lib/locks.ts).
 * A PATCH sets the vars it names and removes those it sets to null.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { ApiError, bodyOf, request, type RequestOptions } from './client'
import { configVarKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { refreshOnSettled } from './settle'

const isStringMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((item) => typeof item === 'string')

/**
 * The map of names to values Heroku answers, checked by hand rather than with a zod schema: zod's
 * record would join the first screen's JavaScript (zod's core is loaded there), for an answer
 * only the board and its dialogs read.
 */
async function requestVars(path: string, options: RequestOptions): Promise<Record<string, string>> {
  const response = await request(path, options)
  const body: unknown = await bodyOf(response).catch(() => null)
  if (isStringMap(body)) return body
  throw new ApiError(
    response.status,
    'invalid_response',
    `Unexpected response from ${path}: expected config vars, names to values`,
  )
}

const testStagePath = (pipelineId: string) =>
  `/pipelines/${encodeURIComponent(pipelineId)}/stage/test/config-vars`

/** Sets (a string) or removes (null) the vars named; answers all of them, as they now are. */
export const patchTestStageVars = (pipelineId: string, change: Record<string, string | null>) =>
  requestVars(testStagePath(pipelineId), { method: 'PATCH', body: change })

export const configVarQueries = {
  testStage: (pipelineId: string) =>
    queryOptions({
      queryKey: configVarKeys.testStage(pipelineId),
      queryFn: ({ signal }) => requestVars(testStagePath(pipelineId), { signal }),
    }),
}

export const configVarMutations = {
  /** Sets (a string) or removes (null) the vars named; the others stay as they are. */
  setTestStage: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.setTestStageVars(pipelineId),
      mutationFn: (change: Record<string, string | null>) => patchTestStageVars(pipelineId, change),
      onSettled: (_vars, error, _change, _result, { client }) =>
        refreshOnSettled(error, () =>
          client.invalidateQueries({ queryKey: configVarKeys.testStage(pipelineId) }),
        ),
    }),
}

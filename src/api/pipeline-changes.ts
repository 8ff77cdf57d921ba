/**
 * What creates, renames and deletes pipelines, and what each refreshes. Apart from the pipelines'
 * queries, which the first screen reads: only the dialogs that change pipelines load this.
 */
import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { ApiError, isNotFound, requestJson } from './client'
import { createCoupling } from './coupling-changes'
import type { Stage } from './couplings'
import { appKeys, couplingKeys, pipelineKeys, releaseKeys, reviewAppKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { pipelineQueries, pipelineSchema, type Pipeline, type PipelineOwner } from './pipelines'
import { refreshOnSettled } from './settle'

/** `pipelines:create`: a pipeline owned by a team or a user (Heroku no longer makes ownerless ones). */
function createPipeline(input: { name: string; owner: PipelineOwner }) {
  return requestJson('/pipelines', pipelineSchema, {
    method: 'POST',
    body: { name: input.name, owner: input.owner },
    variant: 'pipelines',
  })
}

function renamePipeline(pipelineId: string, name: string) {
  return requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
    method: 'PATCH',
    body: { name },
    variant: 'pipelines',
  })
}

/** `pipelines:destroy`: the pipeline and its couplings go; the apps stay. */
function deletePipeline(pipelineId: string) {
  return requestJson(`/pipelines/${encodeURIComponent(pipelineId)}`, pipelineSchema, {
    method: 'DELETE',
    variant: 'pipelines',
  })
}

export interface NewPipeline {
  name: string
  owner: PipelineOwner
  /** the first app, by name or id, and its stage */
  app: string
  stage: Stage
  /** a pipeline an earlier try made and could not take back: this try adds the app to it */
  leftBehind?: Pipeline
}

/**
 * The first app was refused and the empty pipeline could not be deleted again: the error says
 * so, and carries the pipeline, so that trying again uses it instead of making a second one.
 */
export class PipelineLeftBehind extends ApiError {
  readonly pipeline: Pipeline

  constructor(refusal: ApiError, pipeline: Pipeline, cleanUp: unknown) {
    const why = cleanUp instanceof Error ? ` (${cleanUp.message.replace(/[.!]?\s*$/, '')})` : ''
    super(
      refusal.status,
      refusal.id,
      `${refusal.message} The pipeline ${pipeline.name} was made, empty, and deleting it again failed${why}: trying again adds the app to it.`,
      refusal.requestId,
    )
    this.pipeline = pipeline
  }
}

/**
 * `pipelines:create` makes two calls: the pipeline, then its first app's coupling. When the second
 * is refused, the first is undone, so a failure leaves no empty pipeline behind; if undoing fails
 * too, the error says what was left (see PipelineLeftBehind).
 */
async function createWithFirstApp({ name, owner, app, stage, leftBehind }: NewPipeline) {
  const pipeline = leftBehind ?? (await createPipeline({ name, owner }))
  try {
    await createCoupling({ app, pipelineId: pipeline.id, stage })
  } catch (error) {
    const cleanUp = await deletePipeline(pipeline.id).then(
      () => null,
      // Gone already (another tab, or a person): nothing was left behind.
      (failure: unknown) =>
        isNotFound(failure) ? null : (failure ?? new Error('unknown failure')),
    )
    if (cleanUp !== null && error instanceof ApiError) {
      throw new PipelineLeftBehind(error, pipeline, cleanUp)
    }
    throw error
  }
  return pipeline
}

/** After a pipeline is made with its first app: the lists of pipelines, couplings and free apps. */
export const refreshAfterPipelineCreated = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: pipelineKeys.list() }),
    client.invalidateQueries({ queryKey: couplingKeys.all }),
    client.invalidateQueries({ queryKey: appKeys.list() }),
  ])

/** After a rename: the pipelines list, and each app's coupling, which carries the pipeline's name. */
export const refreshAfterPipelineRenamed = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: pipelineKeys.list() }),
    client.invalidateQueries({ queryKey: couplingKeys.ofApps() }),
  ])

/**
 * After a pipeline is deleted, once its board is no longer shown (so nothing refetches a pipeline
 * that is gone): its own data is dropped, and the lists that counted it or its apps are refetched.
 */
export const forgetDeletedPipeline = (client: QueryClient, pipelineId: string) => {
  for (const queryKey of [
    pipelineKeys.detail(pipelineId),
    couplingKeys.ofPipeline(pipelineId),
    appKeys.ofPipeline(pipelineId),
    releaseKeys.latestOfPipeline(pipelineId),
    reviewAppKeys.ofPipeline(pipelineId),
  ]) {
    client.removeQueries({ queryKey })
  }
  return Promise.all([
    client.invalidateQueries({ queryKey: pipelineKeys.list() }),
    client.invalidateQueries({ queryKey: couplingKeys.all }),
    client.invalidateQueries({ queryKey: appKeys.list() }),
  ])
}

/**
 * The pipeline the last try to create one left behind, empty, if it did: a later try adds its app
 * to it. Read from the mutation cache, which outlives the dialog (closed while it waited, the
 * refusal came as a toast, and the next opening must still know).
 */
export function pipelineLeftBehind(client: QueryClient): Pipeline | undefined {
  const tries = client.getMutationCache().findAll({ mutationKey: mutationKeys.createPipeline() })
  const last = tries
    .filter((attempt) => attempt.state.status !== 'pending')
    .toSorted((a, b) => a.state.submittedAt - b.state.submittedAt)
    .at(-1)
  const error = last?.state.error
  return error instanceof PipelineLeftBehind ? error.pipeline : undefined
}

export const pipelineMutations = {
  create: () =>
    mutationOptions({
      mutationKey: mutationKeys.createPipeline(),
      // Kept for the visit: `pipelineLeftBehind` reads the last try, however long ago it was.
      gcTime: Infinity,
      mutationFn: createWithFirstApp,
      onSettled: (_pipeline, error, _input, _result, { client }) =>
        refreshOnSettled(error, () => refreshAfterPipelineCreated(client)),
    }),
  rename: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.renamePipeline(pipelineId),
      mutationFn: (name: string) => renamePipeline(pipelineId, name),
      onSettled: (renamed, error, _name, _result, { client }) => {
        if (renamed) client.setQueryData(pipelineQueries.detail(pipelineId).queryKey, renamed)
        return refreshOnSettled(error, () => refreshAfterPipelineRenamed(client))
      },
    }),
  /** The caller leaves the board, then calls `forgetDeletedPipeline`. */
  delete: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.deletePipeline(pipelineId),
      mutationFn: () => deletePipeline(pipelineId),
    }),
}

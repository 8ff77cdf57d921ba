/**
 * What changes couplings: moves, joins and leaves, and what each refreshes. Apart from the
 * couplings' queries, which the first screen reads: only the board and its dialogs change them.
 */
import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { requestJson } from './client'
import { couplingQueries, couplingSchema, type Coupling, type Stage } from './couplings'
import { appKeys, couplingKeys, pipelineKeys, releaseKeys, reviewAppKeys } from './keys'
import { mutationKeys, mutationScopes } from './mutation-keys'
import { refreshOnSettled } from './settle'

/** `pipelines:update`: moves the app to another stage of its pipeline. */
function updateCouplingStage(couplingId: string, stage: Stage) {
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
function deleteCoupling(couplingId: string) {
  return requestJson(`/pipeline-couplings/${encodeURIComponent(couplingId)}`, couplingSchema, {
    method: 'DELETE',
    variant: 'sdk',
  })
}

/** After an app changes stage: every coupling (a board's, the pipelines page's, the app's own). */
export const refreshAfterStageChange = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: couplingKeys.all })

/**
 * After an app joins or leaves a pipeline: that pipeline's board, every coupling (so the pipelines
 * page's counts), and the list of apps free to add. The board's apps follow its couplings' ids.
 */
export const refreshAfterMembershipChange = (client: QueryClient, pipelineId: string) =>
  Promise.all([
    client.invalidateQueries({ queryKey: pipelineKeys.detail(pipelineId) }),
    client.invalidateQueries({ queryKey: couplingKeys.all }),
    client.invalidateQueries({ queryKey: releaseKeys.latestOfPipeline(pipelineId) }),
    client.invalidateQueries({ queryKey: reviewAppKeys.ofPipeline(pipelineId) }),
    client.invalidateQueries({ queryKey: appKeys.list() }),
  ])

/** An app's move to another stage: its coupling, where it is, and where it goes. */
export interface StageChange {
  couplingId: string
  from: Stage
  to: Stage
}

const setStage = (client: QueryClient, pipelineId: string, couplingId: string, stage: Stage) =>
  client.setQueryData(couplingQueries.byPipeline(pipelineId).queryKey, (couplings) =>
    couplings?.map((c): Coupling => (c.id === couplingId ? { ...c, stage } : c)),
  )

/** The coupling of an app in the board's cached couplings, which a move is about to change. */
export const cachedCouplingOf = (client: QueryClient, pipelineId: string, appId: string) =>
  client
    .getQueryData(couplingQueries.byPipeline(pipelineId).queryKey)
    ?.find((coupling) => coupling.app.id === appId)

export const couplingMutations = {
  /**
   * An app changes stage. The card moves at once; the PATCH follows. Moves in a pipeline share a
   * scope, so they reach the API in the order they were made, and share a key, so only the last
   * one to settle refetches: an earlier answer never drags a card back while a later move is
   * still on its way.
   */
  move: <TChange extends StageChange = StageChange>(pipelineId: string) => {
    const mutationKey = mutationKeys.moveApp(pipelineId)
    const couplingsKey = couplingQueries.byPipeline(pipelineId).queryKey
    return mutationOptions({
      mutationKey,
      scope: mutationScopes.moveApps(pipelineId),
      // A caller may carry more in each change (what to tell the user); the API needs these.
      mutationFn: ({ couplingId, to }: TChange) => updateCouplingStage(couplingId, to),
      onMutate: async ({ couplingId, to }, { client }) => {
        await client.cancelQueries({ queryKey: couplingsKey })
        setStage(client, pipelineId, couplingId, to)
      },
      onError: (_error, { couplingId, from, to }, _result, { client }) => {
        // Put the card back, unless the user has moved it again since: that move decides.
        const movesOfThisApp = client.isMutating({
          mutationKey,
          predicate: (m) =>
            (m.state.variables as StageChange | undefined)?.couplingId === couplingId,
        })
        const current = client.getQueryData(couplingsKey)?.find((c) => c.id === couplingId)
        if (movesOfThisApp === 1 && current?.stage === to) {
          setStage(client, pipelineId, couplingId, from)
        }
      },
      onSettled: (_coupling, error, _variables, _result, { client }) => {
        if (client.isMutating({ mutationKey }) > 1) return
        return refreshOnSettled(error, () => refreshAfterStageChange(client))
      },
    })
  },

  /** `pipelines:add`: an app that is in no pipeline joins this one. */
  add: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.addApp(pipelineId),
      mutationFn: (input: { app: string; stage: Stage }) =>
        createCoupling({ ...input, pipelineId }),
      onSettled: (_coupling, error, _input, _result, { client }) =>
        refreshOnSettled(error, () => refreshAfterMembershipChange(client, pipelineId)),
    }),

  /** `pipelines:remove`. */
  remove: (pipelineId: string, couplingId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.removeApp(couplingId),
      mutationFn: () => deleteCoupling(couplingId),
      onSettled: (_coupling, error, _input, _result, { client }) =>
        refreshOnSettled(error, () => refreshAfterMembershipChange(client, pipelineId)),
    }),
}

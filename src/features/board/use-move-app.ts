import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import {
  couplingQueries,
  isAppCouplingQuery,
  updateCouplingStage,
  type Coupling,
  type Stage,
} from '@/api/couplings'
import { judgeMove, type MoveVerdict } from '@/lib/moves'
import { STAGE_LABELS } from '@/lib/stages'

/** What a drag, a key press or a menu item asks for: this app, now in `from`, to `to`. */
export interface MoveRequest {
  appId: string
  appName: string
  from: Stage
  to: Stage
}

interface MoveVariables extends MoveRequest {
  couplingId: string
  /** say so in a toast when it lands (menu moves; a drop is announced by the drag itself) */
  confirm: boolean
}

const setStage = (queryClient: QueryClient, pipelineId: string, couplingId: string, stage: Stage) =>
  queryClient.setQueryData(couplingQueries.byPipeline(pipelineId).queryKey, (couplings) =>
    couplings?.map((c): Coupling => (c.id === couplingId ? { ...c, stage } : c)),
  )

/**
 * The one way an app changes stage. The card moves at once; the PATCH follows. Moves in a pipeline
 * share a scope, so they reach the API in the order they were made, and share a key, so only the
 * last one to settle refetches: an earlier answer never drags a card back while a later move is
 * still on its way.
 */
export function useMoveApp(pipelineId: string) {
  const queryClient = useQueryClient()
  const couplingsKey = couplingQueries.byPipeline(pipelineId).queryKey
  const mutationKey = ['pipelines', pipelineId, 'move']

  const mutation = useMutation({
    mutationKey,
    scope: { id: `move-apps:${pipelineId}` },
    mutationFn: ({ couplingId, to }: MoveVariables) => updateCouplingStage(couplingId, to),
    onMutate: async ({ couplingId, to }) => {
      await queryClient.cancelQueries({ queryKey: couplingsKey })
      setStage(queryClient, pipelineId, couplingId, to)
    },
    onError: (_error, { couplingId, from, to }) => {
      // Put the card back, unless the user has moved it again since: that move decides.
      const movesOfThisApp = queryClient.isMutating({
        mutationKey,
        predicate: (m) =>
          (m.state.variables as MoveVariables | undefined)?.couplingId === couplingId,
      })
      const current = queryClient.getQueryData(couplingsKey)?.find((c) => c.id === couplingId)
      if (movesOfThisApp === 1 && current?.stage === to) {
        setStage(queryClient, pipelineId, couplingId, from)
      }
    },
    // Here, not in mutate's callbacks: those only run for the latest of overlapping moves.
    onSuccess: (_coupling, { appName, to, confirm }) => {
      if (confirm) toast.success(`Moved ${appName} to ${STAGE_LABELS[to]}`)
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey }) > 1) return
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: couplingsKey }),
        queryClient.invalidateQueries({ queryKey: couplingQueries.all().queryKey }),
        queryClient.invalidateQueries({ predicate: isAppCouplingQuery }),
      ])
    },
  })

  /**
   * Checks the move, then makes it. Refusals the board can see coming (review, same stage) never
   * reach the API; the verdict is returned so the caller can say what happened.
   */
  const moveApp = (move: MoveRequest, options: { confirm?: boolean } = {}): MoveVerdict => {
    const verdict = judgeMove(move.from, move.to)
    if (verdict.kind !== 'allowed') return verdict
    const coupling = queryClient
      .getQueryData(couplingsKey)
      ?.find((candidate) => candidate.app.id === move.appId)
    if (!coupling) {
      return { kind: 'refused', reason: `${move.appName} is no longer in this pipeline.` }
    }
    mutation.mutate({ ...move, couplingId: coupling.id, confirm: options.confirm ?? false })
    return verdict
  }

  return moveApp
}

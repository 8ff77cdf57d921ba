import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { cachedCouplingOf, couplingMutations, type MoveRequest } from '@/api/couplings'
import { judgeMove, type MoveVerdict } from '@/lib/moves'
import { STAGE_LABELS } from '@/lib/stages'

/**
 * The one way an app changes stage, for drag, keyboard and menu alike. The cache work (the card
 * moving at once, going back if refused, overlapping moves) is the API's move mutation; here are
 * the board's rules and what the user is told.
 */
export function useMoveApp(pipelineId: string) {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    ...couplingMutations.move(pipelineId),
    // Here, not in mutate's callbacks: those only run for the latest of overlapping moves.
    onSuccess: (_coupling, { appName, to, confirm }) => {
      if (confirm) toast.success(`Moved ${appName} to ${STAGE_LABELS[to]}`)
    },
  })

  /**
   * Checks the move, then makes it. Refusals the board can see coming (review, same stage) never
   * reach the API; the verdict is returned so the caller can say what happened.
   */
  const moveApp = (move: MoveRequest, options: { confirm?: boolean } = {}): MoveVerdict => {
    const verdict = judgeMove(move.from, move.to)
    if (verdict.kind !== 'allowed') return verdict
    const coupling = cachedCouplingOf(queryClient, pipelineId, move.appId)
    if (!coupling) {
      return { kind: 'refused', reason: `${move.appName} is no longer in this pipeline.` }
    }
    mutation.mutate({ ...move, couplingId: coupling.id, confirm: options.confirm ?? false })
    return verdict
  }

  return moveApp
}

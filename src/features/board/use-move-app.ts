import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from '@/components/ui/toast'
import { cachedCouplingOf, couplingMutations, type StageChange } from '@/api/coupling-changes'
import { couplingQueries, type Stage } from '@/api/couplings'
import { judgeMove, type MoveVerdict } from '@/lib/moves'
import type { BoardEntry } from '@/lib/board'
import { isBoardStage, STAGE_LABELS } from '@/lib/stages'
import { configVarQueries } from '@/api/stage-config-vars'
import { parseLocks } from '@/lib/locks'
import { useRecordActivity } from '@/hooks/use-record-activity'
import type { Landings } from './landing'

/** What a drag, a key press or a menu item asks for: this app, now in `from`, to `to`. */
export interface MoveRequest {
  appId: string
  appName: string
  from: Stage
  to: Stage
  /** the card's entry, to show it in its new column before the cache has the move */
  entry?: BoardEntry
}

interface Move extends StageChange {
  appId: string
  appName: string
}

const isMove = (value: unknown): value is Move =>
  typeof value === 'object' && value !== null && 'appName' in value && 'to' in value

/**
 * The one way an app changes stage, for drag, keyboard and menu alike. The cache work (the card
 * moving at once, going back if refused, overlapping moves) is the API's move mutation; here are
 * the board's rules and what the user is told: the move, with Undo, or what failed, in the API's
 * words. Each move also lands in `landings`, for the columns to show in the render of the drop or
 * click itself (see `landing.ts`).
 */
export function useMoveApp(pipelineId: string, landings: Landings) {
  const queryClient = useQueryClient()
  const knownLocks = () => {
    const vars = queryClient.getQueryData(configVarQueries.testStage(pipelineId).queryKey)
    return vars && parseLocks(vars)
  }
  const record = useRecordActivity(pipelineId)
  const move = couplingMutations.move<Move>(pipelineId)
  const mutation = useMutation({
    ...move,
    meta: {
      failureTitle: (change) =>
        isMove(change)
          ? `Couldn't move ${change.appName} to ${STAGE_LABELS[change.to]}`
          : "Couldn't move the app",
    },
    // Here, not in mutate's callbacks: those only run for the latest of overlapping moves. After
    // the API's own callbacks, never instead of them. Every way of moving (drag, keys, menu) can
    // be undone from the toast: the move back is a move like any other.
    onSuccess: async (...args) => {
      await move.onSuccess?.(...args)
      const change = args[1]
      // Heroku keeps no history of stages: the move is written to Stageboard's own log.
      void record({
        kind: 'move',
        app: change.appName,
        appId: change.appId,
        from: change.from,
        to: change.to,
      })
      toast.success(`Moved ${change.appName} to ${STAGE_LABELS[change.to]}`, {
        action: {
          label: 'Undo',
          // A move back like any other: into a stage locked since, it is refused the same way.
          onClick: () => {
            const verdict = judgeMove(change.to, change.from, knownLocks())
            if (verdict.kind === 'refused') return void toast.error(verdict.reason)
            mutation.mutate({ ...change, from: change.to, to: change.from })
          },
        },
      })
    },
  })

  /**
   * Checks the move, then makes it. Refusals the board can see coming (review, same stage) never
   * reach the API; the verdict is returned so the caller can say what happened.
   */
  const moveApp = (request: MoveRequest): MoveVerdict => {
    // The locks as the board last read them: a move into a locked stage is refused here.
    const verdict = judgeMove(request.from, request.to, knownLocks())
    if (verdict.kind !== 'allowed') return verdict
    const coupling = cachedCouplingOf(queryClient, pipelineId, request.appId)
    if (!coupling) {
      return { kind: 'refused', reason: `${request.appName} is no longer in this pipeline.` }
    }
    if (request.entry && isBoardStage(request.to)) {
      const basis = queryClient.getQueryData(couplingQueries.byPipeline(pipelineId).queryKey)
      landings.set({ appId: request.appId, to: request.to, entry: request.entry, basis })
    }
    mutation.mutate({
      couplingId: coupling.id,
      from: request.from,
      to: request.to,
      appId: request.appId,
      appName: request.appName,
    })
    return verdict
  }

  return moveApp
}

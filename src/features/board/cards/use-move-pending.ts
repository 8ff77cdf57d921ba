import { useMutationState } from '@tanstack/react-query'
import type { StageChange } from '@/api/coupling-changes'
import { mutationKeys } from '@/api/mutation-keys'

/**
 * Whether a move of this coupling is still waiting for the API. The card shows in its new column
 * from the moment of the drop; this is what says the API has not agreed yet.
 */
export function useMovePending(pipelineId: string, couplingId: string) {
  const pending = useMutationState({
    filters: { mutationKey: mutationKeys.moveApp(pipelineId), status: 'pending' },
    select: (mutation) => (mutation.state.variables as StageChange | undefined)?.couplingId,
  })
  return pending.includes(couplingId)
}

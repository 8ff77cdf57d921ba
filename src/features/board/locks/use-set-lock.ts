import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '@/api/account'
import { configVarMutations } from '@/api/stage-config-vars'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { LOCK_PREFIX, lockKey, lockValue, scopeLabel, type LockScope } from '@/lib/locks'
import { toast } from '@/components/ui/toast'

/** Locks a scope with a reason, or unlocks it: one config var set, or removed. */
export function useSetLock(pipelineId: string, onLocked?: () => void) {
  const account = useQuery(accountQueries.current())
  const change = useSingleMutation({
    ...configVarMutations.setTestStage(pipelineId),
    onSuccess: (_vars, sent) => {
      const [key, value] = Object.entries(sent)[0] ?? []
      const scope = key?.slice(LOCK_PREFIX.length).toLowerCase() as LockScope
      if (value === null) toast.success(`${scopeLabel(scope)} unlocked`)
      else {
        toast.success(`${scopeLabel(scope)} locked`)
        onLocked?.()
      }
    },
  })
  return {
    change,
    lock: (scope: LockScope, reason: string) =>
      change.send({
        [lockKey(scope)]: lockValue({
          scope,
          reason: reason.trim(),
          by: account.data?.email ?? 'someone',
          at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        }),
      }),
    unlock: (scope: LockScope) => change.send({ [lockKey(scope)]: null }),
  }
}

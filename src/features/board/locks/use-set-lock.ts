import { useQuery, useQueryClient } from '@tanstack/react-query'
import { accountQueries } from '@/api/account'
import { configVarMutations, configVarQueries } from '@/api/stage-config-vars'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { nowIso } from '@/hooks/use-record-activity'
import { appendChange, eventKey, type Logged } from '@/lib/activity-log'
import { LOCK_PREFIX, lockKey, lockValue, scopeLabel, type LockScope } from '@/lib/locks'
import { toast } from '@/components/ui/toast'

/**
 * Locks a scope with a reason, or unlocks it: one config var set, or removed, and the change
 * written to the activity log in the same request (both are the stage's config vars), so a lock
 * never changes without its entry.
 */
export function useSetLock(pipelineId: string, onLocked?: () => void) {
  const account = useQuery(accountQueries.current())
  const queryClient = useQueryClient()
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
  const by = account.data?.email ?? 'someone'
  /** The lock's own var first: what the toast above reads. */
  const send = (scope: LockScope, value: string | null, event: Logged) => {
    const vars = queryClient.getQueryData(configVarQueries.testStage(pipelineId).queryKey)
    change.send({
      [lockKey(scope)]: value,
      ...appendChange(vars, event, eventKey(Date.now())),
    })
  }
  return {
    change,
    lock: (scope: LockScope, reason: string) => {
      const at = nowIso()
      const trimmed = reason.trim()
      // The lock says when to the second, as Heroku writes times.
      const lockedAt = at.replace(/\.\d{3}Z$/, 'Z')
      send(scope, lockValue({ scope, reason: trimmed, by, at: lockedAt }), {
        kind: 'locked',
        scope,
        reason: trimmed,
        by,
        at,
      })
    },
    unlock: (scope: LockScope) => send(scope, null, { kind: 'unlocked', scope, by, at: nowIso() }),
  }
}

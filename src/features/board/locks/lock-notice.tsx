import { Lock as LockIcon } from 'lucide-react'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { cn } from '@/lib/cn'
import { exactTime } from '@/lib/format'
import { lockSentence, scopeLabel, type Lock } from '@/lib/locks'
import { useSetLock } from './use-set-lock'

/**
 * A lock where it applies, with Unlock: a banner over the board for the pipeline's, a strip under
 * a column's header for a stage's. Unlocking is one action, refused in its own words.
 */
export function LockNotice({
  pipelineId,
  lock,
  blocker,
  compact = false,
}: {
  pipelineId: string
  lock: Lock
  /** why the person may not unlock it, or null */
  blocker: string | null
  /** a column's strip rather than the board's banner */
  compact?: boolean
}) {
  const { change, unlock } = useSetLock(pipelineId)
  const label =
    lock.scope === 'pipeline' ? 'Unlock the pipeline' : `Unlock ${scopeLabel(lock.scope)}`
  return (
    <div
      role="note"
      aria-label={`${scopeLabel(lock.scope)} locked`}
      className={cn(
        'rounded-lg border border-red-300 bg-red-50 text-red-950',
        compact ? 'mb-3 p-2 text-xs' : 'mb-4 p-3 text-sm',
      )}
    >
      {/* In a column the button goes under the words: beside them, they wrap word by word. */}
      <div className={cn('flex gap-2', compact ? 'flex-col' : 'flex-wrap items-start')}>
        <p
          className="flex min-w-0 flex-1 gap-2 wrap-anywhere"
          title={lock.at ? exactTime(lock.at) : undefined}
        >
          <LockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-red-700" />
          <span>{lockSentence(lock)}</span>
        </p>
        <div className={cn(compact && 'pl-6')}>
          {blocker ? (
            <BlockedButton size="sm" reason={blocker}>
              {label}
            </BlockedButton>
          ) : (
            <Button size="sm" disabled={change.isPending} onClick={() => unlock(lock.scope)}>
              {change.isPending ? 'Unlocking…' : label}
            </Button>
          )}
        </div>
      </div>
      {change.isError && (
        <ErrorPanel className="mt-2" title="It is still locked" error={change.error} />
      )}
    </div>
  )
}

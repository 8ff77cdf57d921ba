import { Lock as LockIcon } from 'lucide-react'
import { lockSentence, type Lock } from '@/lib/locks'
import { cn } from '@/lib/cn'

/** Why something is refused: who locked what, when and why, and what to do about it. */
export function LockNote({
  lock,
  advice,
  className,
}: {
  lock: Lock
  advice?: string
  className?: string
}) {
  return (
    <p
      role="note"
      className={cn(
        'flex gap-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950',
        className,
      )}
    >
      <LockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-red-700" />
      <span className="wrap-anywhere">
        {lockSentence(lock)}
        {advice && ` ${advice}`}
      </span>
    </p>
  )
}

import { CheckCircle2, CircleAlert, LoaderCircle, Undo2 } from 'lucide-react'
import type { Release } from '@/api/releases'
import { Button } from '@/components/ui/button'
import { RelativeTime } from '@/components/ui/relative-time'
import { cn } from '@/lib/cn'

const STATUS: Record<
  Release['status'],
  { words: string; icon: typeof CheckCircle2; tone: string }
> = {
  succeeded: { words: 'succeeded', icon: CheckCircle2, tone: 'text-emerald-800' },
  pending: { words: 'release command executing', icon: LoaderCircle, tone: 'text-amber-800' },
  failed: { words: 'release command failed', icon: CircleAlert, tone: 'text-red-800' },
  expired: { words: 'expired', icon: CircleAlert, tone: 'text-slate-600' },
}

/** One release of the history: version, what it was, who, when, how it went, and a way back. */
export function ReleaseRow({
  release,
  onRollback,
}: {
  release: Release
  onRollback: (release: Release) => void
}) {
  const status = STATUS[release.status]
  const StatusIcon = status.icon
  return (
    <tr className={cn('align-top', release.current && 'bg-violet-50/60')}>
      <th scope="row" className="py-3 pr-3 pl-4 text-left font-semibold text-slate-900">
        v{release.version}
        {release.current && (
          <span className="ml-2 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900">
            Current
          </span>
        )}
      </th>
      <td className="max-w-md py-3 pr-3 break-words text-slate-800">{release.description}</td>
      <td className="py-3 pr-3 text-slate-700">{release.user.email}</td>
      <td className="py-3 pr-3 whitespace-nowrap text-slate-700">
        <RelativeTime iso={release.created_at} />
      </td>
      <td className={cn('py-3 pr-3', status.tone)}>
        <span className="inline-flex items-center gap-1.5">
          <StatusIcon
            aria-hidden="true"
            className={cn('size-4 shrink-0', release.status === 'pending' && 'animate-spin')}
          />
          {status.words}
        </span>
      </td>
      <td className="py-2 pr-4 text-right">
        {release.eligible_for_rollback && !release.current && (
          <Button id={`rollback-${release.id}`} size="sm" onClick={() => onRollback(release)}>
            <Undo2 aria-hidden="true" className="size-4" />
            Roll back to v{release.version}
          </Button>
        )}
      </td>
    </tr>
  )
}

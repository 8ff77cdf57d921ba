import { isSucceeded, type Release, type Slug } from '@/api/releases'
import { RelativeTime } from '@/components/ui/relative-time'
import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { firstLine, shortSha } from '@/lib/format'
import { RELEASE_STATUS_WORDS } from '@/lib/releases'
import { CardIcon } from '../card-icons'

interface ReleaseSummaryProps {
  latest: Release | null | undefined
  running: Release | null | undefined
  slug: Slug | undefined
}

/** The newest release and its state, then the commit the app actually runs, and who released it. */
export function ReleaseSummary({ latest, running, slug }: ReleaseSummaryProps) {
  if (latest === undefined) return <Skeleton className="h-10 w-full" />
  if (latest === null) return <p className="text-sm text-slate-600 italic">No release yet</p>

  // A succeeded release is the normal case: only the others are worth a badge.
  const statusWords = isSucceeded(latest) ? null : RELEASE_STATUS_WORDS[latest.status]
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-semibold text-slate-900">v{latest.version}</span>
        {statusWords && (
          <span
            className={cn(
              'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium',
              latest.status === 'pending' && 'bg-amber-100 text-amber-900',
              latest.status === 'failed' && 'bg-red-100 text-red-900',
              latest.status === 'expired' && 'bg-slate-100 text-slate-700',
            )}
          >
            <CardIcon
              name={latest.status === 'pending' ? 'loading' : 'alert'}
              className={cn('size-3.5', latest.status === 'pending' && 'animate-spin')}
            />
            {statusWords}
          </span>
        )}
        {running && running.id !== latest.id && (
          <span className="text-xs text-slate-600">still running v{running.version}</span>
        )}
      </p>
      {running?.slug &&
        (slug ? (
          <p className="flex min-w-0 gap-2 text-slate-700">
            <code className="shrink-0 rounded bg-slate-100 px-1 font-mono text-xs leading-5 text-slate-800">
              {slug.commit ? shortSha(slug.commit) : 'no commit'}
            </code>
            <span className="truncate" title={slug.commit_description ?? undefined}>
              {firstLine(slug.commit_description ?? '')}
            </span>
          </p>
        ) : (
          <Skeleton className="h-5 w-4/5" />
        ))}
      <p className="truncate text-xs text-slate-600">
        <span>{latest.user.email}</span> · <RelativeTime iso={latest.created_at} />
      </p>
    </div>
  )
}

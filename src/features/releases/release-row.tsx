import { CheckCircle2, ChevronRight, CircleAlert, LoaderCircle, Undo2 } from 'lucide-react'
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { slugQueries, type Release } from '@/api/releases'
import { ReleaseLog } from '@/components/release-log'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { RelativeTime } from '@/components/ui/relative-time'
import { cn } from '@/lib/cn'
import { firstLine, shortSha } from '@/lib/format'
import { RELEASE_STATUS_WORDS } from '@/lib/releases'

const LOOK: Record<Release['status'], { icon: typeof CheckCircle2; tone: string }> = {
  succeeded: { icon: CheckCircle2, tone: 'text-emerald-800' },
  pending: { icon: LoaderCircle, tone: 'text-amber-800' },
  failed: { icon: CircleAlert, tone: 'text-red-800' },
  expired: { icon: CircleAlert, tone: 'text-slate-600' },
}

function ReleaseStatus({ status }: { status: Release['status'] }) {
  const { icon: Icon, tone } = LOOK[status]
  return (
    <span className={cn('inline-flex items-center gap-1.5', tone)}>
      <Icon
        aria-hidden="true"
        className={cn('size-4 shrink-0', status === 'pending' && 'animate-spin')}
      />
      {RELEASE_STATUS_WORDS[status]}
    </span>
  )
}

/**
 * The commit a release runs, and its message: Heroku's description says "Deploy 84fd4563", the
 * slug says what that is. One request per slug, kept for good (a slug never changes); a release
 * that only changed config runs its predecessor's slug, already read.
 */
function CommitLine({ release }: { release: Release }) {
  const slug = useQuery({
    ...slugQueries.detail(release.app.id, release.slug?.id ?? ''),
    enabled: Boolean(release.slug),
  })
  if (!slug.data?.commit) return null
  return (
    <span className="mt-0.5 flex min-w-0 items-baseline gap-1.5 text-xs text-slate-700">
      <code className="shrink-0 rounded bg-slate-100 px-1 font-mono">
        {shortSha(slug.data.commit)}
      </code>
      <span>{firstLine(slug.data.commit_description ?? '')}</span>
    </span>
  )
}

/** "Release log", which opens the release command's output under the row. */
function LogToggle({
  open,
  onToggle,
  controls,
}: {
  open: boolean
  onToggle: () => void
  controls: string
}) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      className="mt-1 inline-flex items-center gap-1 rounded text-xs font-medium text-violet-800 underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-violet-500 focus-visible:outline-none"
    >
      <ChevronRight
        aria-hidden="true"
        className={cn('size-3.5 transition-transform', open && 'rotate-90')}
      />
      Release log
    </button>
  )
}

/**
 * One release of the history: version, what it was, who, when, how it went, and a way back. A
 * release that ran a release command has its log, open while the command runs.
 */
export function ReleaseRow({
  release,
  onRollback,
  rollbackBlocker = null,
  onLogEnded,
}: {
  release: Release
  onRollback: (release: Release) => void
  /** why the person may not roll the app back, or null when they may */
  rollbackBlocker?: string | null
  /** the release command's log ended while shown: its status is worth reading again */
  onLogEnded?: () => void
}) {
  const [logOpen, setLogOpen] = useState(release.status === 'pending')
  const logId = `release-log-${release.id}`
  const rollbackLabel = (
    <>
      <Undo2 aria-hidden="true" className="size-4" />
      <span className="sr-only sm:not-sr-only">Roll back to v{release.version}</span>
    </>
  )
  return (
    <>
      <tr className={cn('align-top', release.current && 'bg-violet-50/60')}>
        <th
          scope="row"
          className="py-3 pr-2 pl-3 text-left font-semibold text-slate-900 sm:pr-3 sm:pl-4"
        >
          v{release.version}
          {release.current && (
            <span className="mt-1 block w-fit rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 sm:mt-0 sm:ml-2 sm:inline">
              Current
            </span>
          )}
        </th>
        <td className="max-w-md py-3 pr-3 break-words text-slate-800">
          <span>{release.description}</span>
          <CommitLine release={release} />
          {release.output_stream_url && (
            <span className="block">
              <LogToggle open={logOpen} onToggle={() => setLogOpen(!logOpen)} controls={logId} />
            </span>
          )}
          {/* On a phone, who, when and how it went join the description instead of taking
            columns of their own. */}
          <p className="mt-0.5 text-xs text-slate-600 md:hidden">
            <span>{release.user.email}</span> · <RelativeTime iso={release.created_at} />
          </p>
          <p className="mt-0.5 text-xs sm:hidden">
            <ReleaseStatus status={release.status} />
          </p>
        </td>
        <td className="hidden py-3 pr-3 text-slate-700 md:table-cell">{release.user.email}</td>
        <td className="hidden py-3 pr-3 whitespace-nowrap text-slate-700 md:table-cell">
          <RelativeTime iso={release.created_at} />
        </td>
        <td className="hidden py-3 pr-3 sm:table-cell">
          <ReleaseStatus status={release.status} />
        </td>
        <td className="py-2 pr-3 text-right sm:pr-4">
          {release.eligible_for_rollback &&
            !release.current &&
            (rollbackBlocker ? (
              <BlockedButton id={`rollback-${release.id}`} size="sm" reason={rollbackBlocker}>
                {rollbackLabel}
              </BlockedButton>
            ) : (
              <Button id={`rollback-${release.id}`} size="sm" onClick={() => onRollback(release)}>
                {rollbackLabel}
              </Button>
            ))}
        </td>
      </tr>
      {release.output_stream_url && logOpen && (
        <tr id={logId} className={cn(release.current && 'bg-violet-50/60')}>
          <td colSpan={6} className="px-3 pb-3 sm:px-4">
            <ReleaseLog
              streamUrl={release.output_stream_url}
              label={`Release log of v${release.version}`}
              onEnded={release.status === 'pending' ? onLogEnded : undefined}
            />
          </td>
        </tr>
      )}
    </>
  )
}

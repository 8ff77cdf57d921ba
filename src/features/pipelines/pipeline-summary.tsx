import { Building2, History, User } from 'lucide-react'
import { memo } from 'react'
import { Link } from 'react-router'
import type { Pipeline } from '@/api/pipelines'
import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { exactTime, plural, relativeTime } from '@/lib/format'
import type { OwnerDescription } from '@/lib/owners'
import { BOARD_STAGES, STAGE_LABELS, type BoardStage } from '@/lib/stages'

interface PipelineSummaryProps {
  pipeline: Pipeline
  owner: OwnerDescription
  /** apps per stage; undefined while the couplings load or when they failed */
  counts: Record<BoardStage, number> | undefined
}

const OWNER_ICONS = { team: Building2, user: User, legacy: History }

/**
 * One pipeline of the list. A memo: the page renders again whenever the router's state changes
 * (a click on a pipeline starts a navigation), and 200 of these were 20 ms of that click.
 */
export const PipelineSummary = memo(function PipelineSummary({
  pipeline,
  owner,
  counts,
}: PipelineSummaryProps) {
  const OwnerIcon = OWNER_ICONS[owner.kind]
  const total = counts && Object.values(counts).reduce((sum, count) => sum + count, 0)
  const headingId = `pipeline-${pipeline.id}`
  return (
    <article
      aria-labelledby={headingId}
      className="relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-violet-600 hover:border-violet-300 hover:shadow-md"
    >
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {/* The whole card is the link's target area; the name alone is its accessible text. */}
        <Link
          to={`/pipelines/${pipeline.id}`}
          className="after:absolute after:inset-0 focus:outline-none"
        >
          {pipeline.name}
        </Link>
      </h2>
      <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-600">
        <OwnerIcon aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
        <span className="sr-only">Owner: </span>
        {owner.label ?? <Skeleton inline className="h-4 w-28" />}
      </p>
      <dl className="mt-4 grid grid-cols-4 gap-1.5 text-center">
        {BOARD_STAGES.map((stage) => (
          <div key={stage} className="rounded-md bg-slate-50 px-1 py-2">
            <dt className="truncate text-[11px] font-medium tracking-wide text-slate-600 uppercase">
              {STAGE_LABELS[stage]}
            </dt>
            <dd
              className={cn(
                'mt-0.5 text-lg font-semibold tabular-nums',
                counts?.[stage] ? 'text-slate-900' : 'text-slate-400',
              )}
            >
              {counts ? counts[stage] : '–'}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-auto pt-3 text-xs text-slate-600">
        {total === undefined ? 'Counting apps…' : plural(total, 'app')} · created{' '}
        <time dateTime={pipeline.created_at} title={exactTime(pipeline.created_at)}>
          {relativeTime(pipeline.created_at)}
        </time>
      </p>
    </article>
  )
})

import type { ReviewApp } from '@/api/review-apps'
import { RelativeTime } from '@/components/ui/relative-time'
import { cn } from '@/lib/cn'
import { CardIcon } from '../card-icons'

const STATUS_WORDS: Record<ReviewApp['status'], string> = {
  pending: 'pending',
  creating: 'creating',
  created: 'created',
  deleting: 'deleting',
  deleted: 'deleted',
  errored: 'errored',
}

/** The pull request behind a review app: number, branch and status (with the API's message). */
export function ReviewAppSummary({ reviewApp }: { reviewApp: ReviewApp }) {
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <CardIcon name="pull-request" className="size-4 text-slate-500" />
        <span className="font-medium text-slate-900">
          {reviewApp.pr_number === null ? 'No pull request' : `PR #${reviewApp.pr_number}`}
        </span>
        <span
          className={cn(
            'rounded-full px-2 py-0.5 text-xs font-medium',
            reviewApp.status === 'created' && 'bg-emerald-100 text-emerald-900',
            (reviewApp.status === 'creating' || reviewApp.status === 'pending') &&
              'bg-amber-100 text-amber-900',
            reviewApp.status === 'errored' && 'bg-red-100 text-red-900',
            (reviewApp.status === 'deleting' || reviewApp.status === 'deleted') &&
              'bg-slate-100 text-slate-700',
          )}
        >
          {STATUS_WORDS[reviewApp.status]}
        </span>
      </p>
      <p className="truncate font-mono text-xs text-slate-700" title={reviewApp.branch}>
        {reviewApp.branch}
      </p>
      {reviewApp.status === 'errored' && reviewApp.message && (
        <p className="text-xs break-words text-red-800">{reviewApp.message}</p>
      )}
      <p className="text-xs text-slate-600">
        opened <RelativeTime iso={reviewApp.created_at} />
      </p>
    </div>
  )
}

/** A review app whose app does not exist yet (still creating, or errored): its PR is all there is. */
export function PendingReviewAppCard({ reviewApp }: { reviewApp: ReviewApp }) {
  const name = `PR #${reviewApp.pr_number ?? '?'} · ${reviewApp.branch}`
  return (
    <article
      aria-label={name}
      className="rounded-lg border border-dashed border-slate-300 bg-white p-3"
    >
      <ReviewAppSummary reviewApp={reviewApp} />
    </article>
  )
}

import { LoaderCircle } from 'lucide-react'
import { useState } from 'react'
import type { ReviewApp } from '@/api/review-apps'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { RelativeTime } from '@/components/ui/relative-time'
import { cn } from '@/lib/cn'
import { CardIcon } from '../card-icons'
import { DeleteReviewAppDialog } from '../review-apps/delete-review-app-dialog'

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

/** What a review app without its app is doing, for a person waiting on it. */
const PROGRESS_WORDS: Partial<Record<ReviewApp['status'], string>> = {
  pending: 'Waiting for Heroku to start…',
  creating: 'Creating its app and building the branch…',
  deleting: 'Deleting…',
}

interface PendingReviewAppCardProps {
  reviewApp: ReviewApp
  pipeline: { id: string; name: string }
  /** why the person may not delete review apps here, or null when they may */
  deleteBlocker: string | null
}

/**
 * A review app whose app does not exist yet (asked for, or being made) or no longer does (its
 * build failed): its pull request is all there is. One that failed can be deleted, to clear it
 * or to make it again.
 */
export function PendingReviewAppCard({
  reviewApp,
  pipeline,
  deleteBlocker,
}: PendingReviewAppCardProps) {
  const name =
    reviewApp.pr_number === null
      ? reviewApp.branch
      : `PR #${reviewApp.pr_number} · ${reviewApp.branch}`
  const [deleting, setDeleting] = useState(false)
  const triggerId = `delete-review-app-${reviewApp.id}`
  const progress = PROGRESS_WORDS[reviewApp.status]
  return (
    <article
      aria-label={name}
      className="rounded-lg border border-dashed border-slate-300 bg-white p-3"
    >
      <ReviewAppSummary reviewApp={reviewApp} />
      {progress && (
        <p className="mt-2 flex items-center gap-2 text-xs text-slate-700">
          <LoaderCircle
            aria-hidden="true"
            className="size-3.5 animate-spin motion-reduce:animate-none"
          />
          {progress}
        </p>
      )}
      {reviewApp.status === 'errored' && (
        <div className="mt-2 flex justify-end">
          {deleteBlocker ? (
            <BlockedButton id={triggerId} size="sm" variant="dangerOutline" reason={deleteBlocker}>
              Delete…
            </BlockedButton>
          ) : (
            <Button
              id={triggerId}
              size="sm"
              variant="dangerOutline"
              aria-label={`Delete the review app for ${name}`}
              onClick={() => setDeleting(true)}
            >
              Delete…
            </Button>
          )}
        </div>
      )}
      {deleting && (
        <DeleteReviewAppDialog
          open
          onOpenChange={setDeleting}
          pipelineId={pipeline.id}
          reviewApp={reviewApp}
          returnFocus={(deleted) =>
            document.getElementById(deleted ? 'board-heading' : triggerId)?.focus()
          }
        />
      )}
    </article>
  )
}

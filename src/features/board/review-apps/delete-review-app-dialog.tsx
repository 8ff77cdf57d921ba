import { useRef } from 'react'
import { reviewAppMutations, type ReviewApp } from '@/api/review-apps'
import { ConfirmDialog } from '@/components/ui/dialog'
import { toast } from '@/components/ui/toast'
import { useRecordActivity } from '@/hooks/use-record-activity'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import { reviewAppName } from '@/lib/review-apps'

interface DeleteReviewAppDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  pipelineId: string
  reviewApp: ReviewApp
  /** the review app's app, when it has one */
  appName?: string
  /** where focus goes once the dialog closes; `deleted` when the card it came from is leaving */
  returnFocus: (deleted: boolean) => void
}

/** Deletes a review app, after asking: its app goes with it, the pull request stays open. */
export function DeleteReviewAppDialog({
  open,
  onOpenChange,
  pipelineId,
  reviewApp,
  appName,
  returnFocus,
}: DeleteReviewAppDialogProps) {
  const name = reviewAppName(reviewApp)
  // Read as the dialog closes, which may be the moment it unmounts: a ref, not state.
  const deleted = useRef(false)
  const record = useRecordActivity(pipelineId)
  const dialog = useRequestDialog({
    mutation: reviewAppMutations.remove(pipelineId, reviewApp.id),
    onSuccess: () => {
      deleted.current = true
      void record({ kind: 'review-app-deleted', name, branch: reviewApp.branch })
      onOpenChange(false)
      toast.success(`Deleting the review app for ${name}`)
    },
    failureTitle: `The review app for ${name} was not deleted`,
    open,
    onOpenChange,
  })
  return (
    <ConfirmDialog
      dialog={dialog}
      title={`Delete the review app for ${name}?`}
      description={
        <>
          {appName
            ? `${appName} is deleted, with its releases, config vars and add-ons.`
            : 'Nothing of it is kept.'}{' '}
          The pull request stays open on GitHub, and a new review app can be made from{' '}
          {reviewApp.branch} later.
        </>
      }
      returnFocus={() => returnFocus(deleted.current)}
      onConfirm={() => dialog.submit(undefined)}
      submitLabel="Delete review app"
      pendingLabel="Deleting…"
    />
  )
}

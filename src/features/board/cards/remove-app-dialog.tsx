import { useRef } from 'react'
import { toast } from '@/components/ui/toast'
import { couplingMutations } from '@/api/coupling-changes'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  ConfirmForm,
  DialogTitle,
} from '@/components/ui/dialog'
import { useRequestDialog } from '@/hooks/use-request-dialog'

interface RemoveAppDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  pipelineId: string
  pipelineName: string
  appName: string
  couplingId: string
  /** where focus goes when the dialog closes; `removed` when the card is leaving the board */
  returnFocusTo: (removed: boolean) => void
}

/** `pipelines:remove`, after asking: the app leaves the pipeline and keeps running as it was. */
export function RemoveAppDialog({
  open,
  onOpenChange,
  pipelineId,
  pipelineName,
  appName,
  couplingId,
  returnFocusTo,
}: RemoveAppDialogProps) {
  // Read as the dialog closes, which may be the moment it unmounts: a ref, not state.
  const removed = useRef(false)
  const dialog = useRequestDialog({
    mutation: couplingMutations.remove(pipelineId, couplingId),
    // Said here rather than in mutate's callbacks: the refetch that follows takes the card, and
    // this dialog with it, off the board, and mutate's callbacks do not outlive their component.
    onSuccess: () => {
      removed.current = true
      onOpenChange(false)
      toast.success(`Removed ${appName} from ${pipelineName}`)
    },
    failureTitle: `${appName} was not removed from ${pipelineName}`,
    open,
    onOpenChange,
  })

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogContent
        onCloseAutoFocus={(event) => {
          // Opened from a menu item that no longer exists: go back to the menu's button instead.
          event.preventDefault()
          returnFocusTo(removed.current)
        }}
      >
        <DialogTitle>Remove {appName} from the pipeline?</DialogTitle>
        <DialogDescription>
          {appName} leaves {pipelineName}. The app itself keeps running, with its releases, config
          vars and add-ons, and you can add it back later.
        </DialogDescription>
        <ConfirmForm
          onConfirm={() => dialog.submit(undefined)}
          submitLabel="Remove from pipeline"
          pendingLabel="Removing…"
          request={dialog.request}
          failureTitle={dialog.failureTitle}
        />
      </DialogContent>
    </Dialog>
  )
}

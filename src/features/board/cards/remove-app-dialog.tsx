import { useRef } from 'react'
import { toast } from '@/components/ui/toast'
import { couplingMutations } from '@/api/coupling-changes'
import { ConfirmDialog } from '@/components/ui/dialog'
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
    <ConfirmDialog
      dialog={dialog}
      title={`Remove ${appName} from the pipeline?`}
      description={`${appName} leaves ${pipelineName}. The app itself keeps running, with its releases, config vars and add-ons, and you can add it back later.`}
      // Opened from a menu item that no longer exists: back to the menu's button, or, once the
      // card has left the board, where its owner says.
      returnFocus={() => returnFocusTo(removed.current)}
      onConfirm={() => dialog.submit(undefined)}
      submitLabel="Remove from pipeline"
      pendingLabel="Removing…"
    />
  )
}

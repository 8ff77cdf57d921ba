import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from 'sonner'
import { deleteCoupling } from '@/api/couplings'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { useInFlight } from '@/hooks/use-in-flight'
import { useRefreshAfterCouplingChange } from './use-pipeline-change'

interface RemoveAppDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  pipelineId: string
  pipelineName: string
  appName: string
  couplingId: string | undefined
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
  const refresh = useRefreshAfterCouplingChange()
  const [removed, setRemoved] = useState(false)
  const mutationKey = ['pipeline-couplings', couplingId, 'delete']
  const inFlight = useInFlight(mutationKey)
  const removal = useMutation({
    mutationKey,
    mutationFn: deleteCoupling,
    meta: { errorShownInline: true },
    // Said here rather than in mutate's callbacks: the refetch below takes the card, and this
    // dialog with it, off the board, and mutate's callbacks do not outlive their component.
    onSuccess: () => {
      setRemoved(true)
      onOpenChange(false)
      toast.success(`Removed ${appName} from ${pipelineName}`)
    },
    onSettled: () => refresh(pipelineId),
  })

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Stays open while the request is out, so its answer is seen where it was asked.
        if (!next && removal.isPending) return
        if (!next) removal.reset()
        onOpenChange(next)
      }}
    >
      <DialogContent
        onCloseAutoFocus={(event) => {
          // Opened from a menu item that no longer exists: go back to the menu's button instead.
          event.preventDefault()
          returnFocusTo(removed)
        }}
      >
        <DialogTitle>Remove {appName} from the pipeline?</DialogTitle>
        <DialogDescription>
          {appName} leaves {pipelineName}. The app itself keeps running, with its releases, config
          vars and add-ons, and you can add it back later.
        </DialogDescription>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (couplingId && !inFlight()) removal.mutate(couplingId)
          }}
        >
          <DialogFormFooter
            submitLabel="Remove from pipeline"
            pendingLabel="Removing…"
            request={removal}
            failureTitle="The app was not removed"
            disabled={!couplingId}
            cancelLabel="Keep it"
            variant="danger"
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

import { appTransferMutations } from '@/api/app-transfers'
import { ConfirmDialog } from '@/components/ui/dialog'
import { toast } from '@/components/ui/toast'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import type { TransferTarget } from '@/lib/transfers'

/** An app owned by someone else given to the pipeline's owner, after asking. */
export function TransferAppDialog({
  open,
  onOpenChange,
  app,
  currentOwner,
  target,
  returnFocusTo,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  app: { id: string; name: string }
  /** as a person reads it */
  currentOwner: string
  target: TransferTarget
  returnFocusTo: () => void
}) {
  const dialog = useRequestDialog({
    mutation: appTransferMutations.toOwner(app.id),
    onSuccess: () => {
      onOpenChange(false)
      toast.success(`${app.name} now belongs to ${target.label}`)
    },
    failureTitle: `${app.name} was not transferred to ${target.label}`,
    open,
    onOpenChange,
  })
  return (
    <ConfirmDialog
      dialog={dialog}
      title={`Transfer ${app.name} to ${target.label}?`}
      description={`${app.name} belongs to ${currentOwner}, not to the pipeline’s owner. Once transferred, ${target.label} owns it and its bill; its releases, config vars and add-ons stay as they are. Giving it back is then up to ${target.label}.`}
      returnFocus={returnFocusTo}
      onConfirm={() => dialog.submit(target.owner)}
      submitLabel={`Transfer to ${target.label}`}
      pendingLabel="Transferring…"
    />
  )
}

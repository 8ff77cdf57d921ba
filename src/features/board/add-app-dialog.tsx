import { useQueryClient } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { appQueries } from '@/api/apps'
import { couplingMutations } from '@/api/coupling-changes'
import { FreeAppPicker } from '@/components/free-app-picker'
import { DialogTriggerUnlessBlocked } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { useCouplingCheck } from '@/hooks/use-access'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import { appNameProblem } from '@/lib/names'
import { STAGE_LABELS, type BoardStage } from '@/lib/stages'

interface AddAppDialogProps {
  pipeline: { id: string; name: string }
  stage: BoardStage
  /** why the person may not add apps to the pipeline, or null when they may */
  blocker?: string | null
}

/** `pipelines:add`: an app that is in no pipeline joins this one, in this stage. */
export function AddAppDialog({ pipeline, stage, blocker = null }: AddAppDialogProps) {
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const dialog = useRequestDialog({
    mutation: couplingMutations.add(pipeline.id),
    onSuccess: (_coupling, { app }) => {
      dialog.close()
      toast.success(`Added ${app} to ${pipeline.name} as ${stageLabel.toLowerCase()}`)
    },
    // From what was sent: closing the dialog clears the field before a slow refusal comes.
    failureTitle: ({ app }) => `${app} was not added to ${pipeline.name}`,
    onReset: () => {
      setName('')
      setProblem(null)
    },
  })
  const stageLabel = STAGE_LABELS[stage]

  const queryClient = useQueryClient()
  const couplingBlocker = useCouplingCheck()

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const app = name.trim()
    const nameProblem = appNameProblem(app)
    setProblem(nameProblem)
    if (nameProblem) return
    // An app the person may not manage is refused here, not by the API after a request.
    // The app's record as the open dialog's picker read it: the closed dialog reads nothing (a
    // board has one per column).
    const record = queryClient
      .getQueryData(appQueries.all().queryKey)
      ?.find((candidate) => candidate.name === app)
    const refused = record ? await couplingBlocker(record) : null
    if (refused) return setProblem(refused)
    dialog.submit({ app, stage })
  }

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogTriggerUnlessBlocked blocker={blocker}>
        <Button size="sm" variant="ghost" aria-label={`Add app to ${stageLabel}`}>
          <Plus aria-hidden="true" className="size-4" />
          Add app
        </Button>
      </DialogTriggerUnlessBlocked>
      <DialogContent>
        <DialogTitle>Add an app to {stageLabel}</DialogTitle>
        <DialogDescription>
          The app joins {pipeline.name} as a {stageLabel.toLowerCase()} app. An app belongs to one
          pipeline at a time, and its owner must be the pipeline's.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={(event) => void submit(event)} noValidate>
          <FreeAppPicker
            value={name}
            onChange={(next) => {
              setName(next)
              setProblem(null)
            }}
            error={problem}
          />
          <DialogFormFooter
            submitLabel={`Add to ${stageLabel}`}
            pendingLabel="Adding…"
            request={dialog.request}
            failureTitle={dialog.failureTitle}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

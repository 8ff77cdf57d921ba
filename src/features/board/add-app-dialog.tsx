import { useMutation } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { createCoupling } from '@/api/couplings'
import { FreeAppPicker } from '@/components/free-app-picker'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { useInFlight } from '@/hooks/use-in-flight'
import { appNameProblem } from '@/lib/names'
import { STAGE_LABELS, type BoardStage } from '@/lib/stages'
import { useRefreshAfterCouplingChange } from './use-pipeline-change'

interface AddAppDialogProps {
  pipeline: { id: string; name: string }
  stage: BoardStage
}

/** `pipelines:add`: an app that is in no pipeline joins this one, in this stage. */
export function AddAppDialog({ pipeline, stage }: AddAppDialogProps) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const refresh = useRefreshAfterCouplingChange()
  const mutationKey = ['pipeline-couplings', 'create', pipeline.id]
  const inFlight = useInFlight(mutationKey)
  const adding = useMutation({
    mutationKey,
    mutationFn: createCoupling,
    meta: { errorShownInline: true },
    onSettled: () => refresh(pipeline.id),
  })
  const stageLabel = STAGE_LABELS[stage]

  const openChange = (next: boolean) => {
    // Stays open while the request is out, so its answer is seen where it was asked.
    if (!next && adding.isPending) return
    setOpen(next)
    if (!next) {
      setName('')
      setProblem(null)
      adding.reset()
    }
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (inFlight()) return
    const app = name.trim()
    const nameProblem = appNameProblem(app)
    setProblem(nameProblem)
    if (nameProblem) return
    adding.mutate(
      { app, pipelineId: pipeline.id, stage },
      {
        onSuccess: () => {
          openChange(false)
          toast.success(`Added ${app} to ${pipeline.name} as ${stageLabel.toLowerCase()}`)
        },
      },
    )
  }

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <DialogTrigger asChild>
        <Button size="sm" variant="ghost" aria-label={`Add app to ${stageLabel}`}>
          <Plus aria-hidden="true" className="size-4" />
          Add app
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Add an app to {stageLabel}</DialogTitle>
        <DialogDescription>
          The app joins {pipeline.name} as a {stageLabel.toLowerCase()} app. An app belongs to one
          pipeline at a time, and its owner must be the pipeline's.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
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
            request={adding}
            failureTitle={`${name.trim()} was not added`}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

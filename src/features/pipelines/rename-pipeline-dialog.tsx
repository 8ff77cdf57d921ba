import { Pencil } from 'lucide-react'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { pipelineMutations } from '@/api/pipeline-changes'
import type { Pipeline } from '@/api/pipelines'
import { DialogTriggerUnlessBlocked } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { Field, TextInput } from '@/components/ui/field'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import { pipelineNameProblem } from '@/lib/names'

/** `pipelines:rename`: a new name, checked before it is sent; the id, and so every link, stays. */
export function RenamePipelineDialog({
  pipeline,
  blocker = null,
}: {
  pipeline: Pipeline
  /** why the person may not rename it, or null when they may */
  blocker?: string | null
}) {
  const [name, setName] = useState(pipeline.name)
  const [problem, setProblem] = useState<string | null>(null)
  const dialog = useRequestDialog({
    mutation: pipelineMutations.rename(pipeline.id),
    onSuccess: (renamed) => {
      dialog.close()
      toast.success(`Renamed ${pipeline.name} to ${renamed.name}`)
    },
    failureTitle: `${pipeline.name} was not renamed`,
    onReset: () => {
      setName(pipeline.name)
      setProblem(null)
    },
  })

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const newName = name.trim()
    const nameProblem = pipelineNameProblem(newName)
    setProblem(nameProblem)
    if (nameProblem) return
    if (newName === pipeline.name) return dialog.close()
    dialog.submit(newName)
  }

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogTriggerUnlessBlocked blocker={blocker}>
        <Button size="sm">
          <Pencil aria-hidden="true" className="size-4" />
          Rename
        </Button>
      </DialogTriggerUnlessBlocked>
      <DialogContent>
        <DialogTitle>Rename {pipeline.name}</DialogTitle>
        <DialogDescription>
          Links to this board keep working: they use the pipeline's id, not its name.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
          <Field
            label="New name"
            hint="3 to 30 characters: lowercase letters, digits and dashes, starting with a letter."
            error={problem}
          >
            {(control) => (
              <TextInput
                {...control}
                value={name}
                onChange={(event) => {
                  setName(event.target.value)
                  setProblem(null)
                }}
              />
            )}
          </Field>
          <DialogFormFooter
            submitLabel="Rename pipeline"
            pendingLabel="Renaming…"
            request={dialog.request}
            failureTitle={dialog.failureTitle}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

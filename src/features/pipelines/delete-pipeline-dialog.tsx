import { useQueryClient } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { toast } from '@/components/ui/toast'
import { forgetDeletedPipeline, pipelineMutations } from '@/api/pipeline-changes'
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
import { plural } from '@/lib/format'

/** Whether the page still shows the pipeline's board. */
const onBoardOf = (pipelineId: string) =>
  window.location.pathname.startsWith(`/pipelines/${pipelineId}`)

/**
 * `pipelines:destroy`, confirmed by typing the pipeline's name. The pipeline and its couplings go;
 * its apps stay, outside any pipeline.
 */
export function DeletePipelineDialog({
  pipeline,
  appCount,
  blocker = null,
}: {
  pipeline: Pipeline
  appCount: number
  /** why the person may not delete it, or null when they may */
  blocker?: string | null
}) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [typed, setTyped] = useState('')
  const dialog = useRequestDialog({
    mutation: pipelineMutations.delete(pipeline.id),
    onSuccess: () => void leaveDeletedPipeline(),
    failureTitle: `${pipeline.name} was not deleted`,
    onReset: () => setTyped(''),
  })
  const confirmed = typed.trim() === pipeline.name

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!confirmed) return
    dialog.submit(undefined)
  }

  const leaveDeletedPipeline = async () => {
    // Leave the board first, so nothing refetches a pipeline that is gone (the person may have
    // gone elsewhere while the answer was on its way: then they stay where they are).
    if (onBoardOf(pipeline.id)) await navigate('/')
    toast.success(`Deleted ${pipeline.name}`, {
      description: `Its ${plural(appCount, 'app')} kept running, outside any pipeline.`,
    })
    await forgetDeletedPipeline(queryClient, pipeline.id)
  }

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogTriggerUnlessBlocked blocker={blocker}>
        <Button size="sm" variant="dangerOutline">
          <Trash2 aria-hidden="true" className="size-4" />
          Delete
        </Button>
      </DialogTriggerUnlessBlocked>
      <DialogContent>
        <DialogTitle>Delete {pipeline.name}?</DialogTitle>
        <DialogDescription>
          The pipeline goes, and its {plural(appCount, 'app')} leave it. The apps themselves are not
          deleted: they keep running, with their releases, config vars and add-ons.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
          <Field label={`Type ${pipeline.name} to confirm`}>
            {(control) => (
              <TextInput
                {...control}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
            )}
          </Field>
          <DialogFormFooter
            submitLabel="Delete pipeline"
            pendingLabel="Deleting…"
            request={dialog.request}
            failureTitle={dialog.failureTitle}
            cancelLabel="Keep it"
            variant="danger"
            disabled={!confirmed}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

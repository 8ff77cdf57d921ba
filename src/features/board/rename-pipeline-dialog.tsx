import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Pencil } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { isAppCouplingQuery } from '@/api/couplings'
import { pipelineQueries, renamePipeline, type Pipeline } from '@/api/pipelines'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { Field, TextInput } from '@/components/ui/field'
import { useInFlight } from '@/hooks/use-in-flight'
import { pipelineNameProblem } from '@/lib/names'

/** `pipelines:rename`: a new name, checked before it is sent; the id, and so every link, stays. */
export function RenamePipelineDialog({ pipeline }: { pipeline: Pipeline }) {
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState(pipeline.name)
  const [problem, setProblem] = useState<string | null>(null)
  const mutationKey = ['pipelines', pipeline.id, 'rename']
  const inFlight = useInFlight(mutationKey)
  const renaming = useMutation({
    mutationKey,
    mutationFn: (newName: string) => renamePipeline(pipeline.id, newName),
    meta: { errorShownInline: true },
    onSuccess: (renamed) => {
      queryClient.setQueryData(pipelineQueries.detail(pipeline.id).queryKey, renamed)
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineQueries.all().queryKey, exact: true }),
        // Couplings carry the pipeline's name (the app page's breadcrumb shows it).
        queryClient.invalidateQueries({ predicate: isAppCouplingQuery }),
      ]),
  })

  const openChange = (next: boolean) => {
    // Stays open while the request is out, so its answer is seen where it was asked.
    if (!next && renaming.isPending) return
    setOpen(next)
    setName(pipeline.name)
    setProblem(null)
    renaming.reset()
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const newName = name.trim()
    const nameProblem = pipelineNameProblem(newName)
    setProblem(nameProblem)
    if (nameProblem || inFlight()) return
    if (newName === pipeline.name) return openChange(false)
    renaming.mutate(newName, {
      onSuccess: () => {
        openChange(false)
        toast.success(`Renamed ${pipeline.name} to ${newName}`)
      },
    })
  }

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Pencil aria-hidden="true" className="size-4" />
          Rename
        </Button>
      </DialogTrigger>
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
            request={renaming}
            failureTitle="The pipeline was not renamed"
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

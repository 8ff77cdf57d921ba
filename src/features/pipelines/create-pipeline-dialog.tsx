import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { toast } from 'sonner'
import { appQueries, type ListedApp } from '@/api/apps'
import { couplingQueries, createCoupling, type Stage } from '@/api/couplings'
import {
  createPipeline,
  deletePipeline,
  pipelineQueries,
  type PipelineOwner,
} from '@/api/pipelines'
import { FreeAppPicker, useFreeApps } from '@/components/free-app-picker'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { Field, inputClasses, TextInput } from '@/components/ui/field'
import { useInFlight } from '@/hooks/use-in-flight'
import { MOVE_STAGES } from '@/lib/moves'
import { appNameProblem, pipelineNameProblem } from '@/lib/names'
import { inferFromAppName, STAGE_LABELS } from '@/lib/stages'

interface NewPipeline {
  name: string
  owner: PipelineOwner
  app: string
  stage: Stage
}

/** The pipeline is owned like its first app, so that app (and its siblings) may join it. */
const ownerLike = (app: ListedApp): PipelineOwner =>
  app.team ? { id: app.team.id, type: 'team' } : { id: app.owner?.id ?? '', type: 'user' }

/**
 * `pipelines:create` makes two calls: the pipeline, then its first app's coupling. When the second
 * is refused, the first is undone, so a failure never leaves an empty pipeline behind.
 */
async function createWithFirstApp({ name, owner, app, stage }: NewPipeline) {
  const pipeline = await createPipeline({ name, owner })
  try {
    await createCoupling({ app, pipelineId: pipeline.id, stage })
  } catch (error) {
    await deletePipeline(pipeline.id).catch(() => undefined)
    throw error
  }
  return pipeline
}

/** A new pipeline, as the CLI makes one: a name, a first app, and that app's stage. */
export function CreatePipelineDialog() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const free = useFreeApps()
  const [open, setOpen] = useState(false)
  const [appName, setAppName] = useState('')
  // Until the user types their own, name and stage follow the app's name, as the CLI infers them.
  const [nameInput, setNameInput] = useState<string | null>(null)
  const [stageInput, setStageInput] = useState<Stage | null>(null)
  const [problems, setProblems] = useState<{ app?: string | null; name?: string | null }>({})
  const mutationKey = ['pipelines', 'create']
  const inFlight = useInFlight(mutationKey)
  const creating = useMutation({
    mutationKey,
    mutationFn: createWithFirstApp,
    meta: { errorShownInline: true },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineQueries.all().queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: couplingQueries.all().queryKey }),
        queryClient.invalidateQueries({ queryKey: appQueries.all().queryKey }),
      ]),
  })

  const inferred = inferFromAppName(appName.trim())
  const name = nameInput ?? (appName.trim() ? inferred.pipelineName : '')
  const stage = stageInput ?? inferred.stage

  const openChange = (next: boolean) => {
    // Stays open while the requests are out, so their answer is seen where it was asked.
    if (!next && creating.isPending) return
    setOpen(next)
    if (next) return
    setAppName('')
    setNameInput(null)
    setStageInput(null)
    setProblems({})
    creating.reset()
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (inFlight()) return
    const app = free.apps?.find((candidate) => candidate.name === appName.trim())
    const found = {
      app:
        appNameProblem(appName.trim()) ??
        (app ? null : 'Pick one of the listed apps: a pipeline starts with an app in no pipeline.'),
      name: pipelineNameProblem(name.trim()),
    }
    setProblems(found)
    if (found.app || found.name || !app) return
    creating.mutate(
      { name: name.trim(), owner: ownerLike(app), app: app.name, stage },
      {
        onSuccess: (pipeline) => {
          openChange(false)
          toast.success(`Created ${pipeline.name}`, {
            description: `${app.name} is its ${STAGE_LABELS[stage].toLowerCase()} app.`,
          })
          void navigate(`/pipelines/${pipeline.id}`)
        },
      },
    )
  }

  return (
    <Dialog open={open} onOpenChange={openChange}>
      <DialogTrigger asChild>
        <Button variant="primary">
          <Plus aria-hidden="true" className="size-4" />
          New pipeline
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>New pipeline</DialogTitle>
        <DialogDescription>
          Start with one app. Its name suggests the pipeline's name and the app's stage: an app
          called shop-staging starts the shop pipeline as its staging app.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
          <FreeAppPicker
            label="First app"
            value={appName}
            onChange={(next) => {
              setAppName(next)
              setProblems((current) => ({ ...current, app: null }))
            }}
            error={problems.app}
          />
          <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
            <Field
              label="Pipeline name"
              hint="3 to 30 characters: lowercase letters, digits and dashes."
              error={problems.name}
            >
              {(control) => (
                <TextInput
                  {...control}
                  value={name}
                  onChange={(event) => {
                    setNameInput(event.target.value)
                    setProblems((current) => ({ ...current, name: null }))
                  }}
                />
              )}
            </Field>
            <Field label="Stage of the first app">
              {(control) => (
                <select
                  {...control}
                  className={inputClasses}
                  value={stage}
                  onChange={(event) => setStageInput(event.target.value as Stage)}
                >
                  {MOVE_STAGES.map((option) => (
                    <option key={option} value={option}>
                      {STAGE_LABELS[option]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <DialogFormFooter
            submitLabel="Create pipeline"
            pendingLabel="Creating…"
            request={creating}
            failureTitle="The pipeline was not created"
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

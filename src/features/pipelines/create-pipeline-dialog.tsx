import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { toast } from '@/components/ui/toast'
import { accountQueries, teamQueries } from '@/api/account'
import type { ListedApp } from '@/api/apps'
import type { Stage } from '@/api/couplings'
import { pipelineLeftBehind, pipelineMutations } from '@/api/pipeline-changes'
import { pipelineQueries, type PipelineOwner } from '@/api/pipelines'
import { FreeAppPicker, useFreeApps } from '@/components/free-app-picker'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { Field, inputClasses, TextInput } from '@/components/ui/field'
import { useCouplingCheck } from '@/hooks/use-access'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import { pipelineBlocker } from '@/lib/access'
import { MOVE_STAGES } from '@/lib/moves'
import { appNameProblem, pipelineNameProblem } from '@/lib/names'
import { inferFromAppName, STAGE_LABELS } from '@/lib/stages'

/** The pipeline is owned like its first app, so that app (and its siblings) may join it. */
const ownerLike = (app: ListedApp): PipelineOwner =>
  app.team ? { id: app.team.id, type: 'team' } : { id: app.owner?.id ?? '', type: 'user' }

/** A new pipeline, as the CLI makes one: a name, a first app, and that app's stage. */
/** Mounted by the pipelines page once "New pipeline" is pressed; closing it unmounts it. */
export function CreatePipelineDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate()
  const free = useFreeApps()
  const [appName, setAppName] = useState('')
  // Until the user types their own, name and stage follow the app's name, as the CLI infers them.
  const [nameInput, setNameInput] = useState<string | null>(null)
  const [stageInput, setStageInput] = useState<Stage | null>(null)
  const [problems, setProblems] = useState<{ app?: string | null; name?: string | null }>({})
  const inferred = inferFromAppName(appName.trim())
  const name = nameInput ?? (appName.trim() ? inferred.pipelineName : '')
  // No stage before there is an app to take it from: not Production by default.
  const stage = stageInput ?? (appName.trim() ? inferred.stage : null)
  const pipelines = useQuery(pipelineQueries.all())
  // Heroku allows two pipelines of one name; the person is told, not stopped.
  const namesake = pipelines.data?.find((pipeline) => pipeline.name === name.trim())
  const queryClient = useQueryClient()
  const account = useQuery(accountQueries.current())
  const teams = useQuery(teamQueries.all())
  const dialog = useRequestDialog({
    mutation: pipelineMutations.create(),
    onSuccess: (pipeline, input, shown) => {
      const news = `${input.app} is its ${STAGE_LABELS[input.stage].toLowerCase()} app.`
      if (!shown) {
        // Closed while it waited: the person is elsewhere now, and is not taken away from it.
        toast.success(`Created ${pipeline.name}`, {
          description: news,
          action: { label: 'Open', onClick: () => void navigate(`/pipelines/${pipeline.id}`) },
        })
        return
      }
      dialog.close()
      toast.success(`Created ${pipeline.name}`, { description: news })
      void navigate(`/pipelines/${pipeline.id}`)
    },
    failureTitle: name.trim()
      ? `The pipeline ${name.trim()} was not created`
      : 'The pipeline was not created',
    open: true,
    onOpenChange: (open) => {
      if (!open) onClose()
    },
    onReset: () => {
      setAppName('')
      setNameInput(null)
      setStageInput(null)
      setProblems({})
    },
  })

  const couplingBlocker = useCouplingCheck()

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const app = free.apps?.find((candidate) => candidate.name === appName.trim())
    // The pipeline would be the app's owner's: a viewer of that team may not make one.
    const ownerProblem = app && pipelineBlocker(ownerLike(app), account.data?.id, teams.data)
    const found = {
      app:
        appNameProblem(appName.trim()) ??
        (app
          ? null
          : 'Pick one of the listed apps: a pipeline starts with an app in no pipeline.') ??
        (ownerProblem && app
          ? `A pipeline starting with ${app.name} would be ${app.team ? `${app.team.name}'s` : `${app.owner?.email ?? 'its owner'}'s`}: ${ownerProblem.charAt(0).toLowerCase()}${ownerProblem.slice(1)}`
          : null),
      name: pipelineNameProblem(name.trim()),
    }
    // The first app joins the new pipeline: the person must manage it, or nothing is made.
    if (app && !found.app) found.app = await couplingBlocker(app)
    setProblems(found)
    if (found.app || found.name || !app) return
    // A pipeline an earlier try left behind, empty: this try fills it rather than make another.
    const leftBehind = pipelineLeftBehind(queryClient)
    const reuse = leftBehind?.name === name.trim() ? leftBehind : undefined
    dialog.submit({
      name: name.trim(),
      owner: ownerLike(app),
      app: app.name,
      stage: stage ?? inferred.stage,
      leftBehind: reuse,
    })
  }

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogContent>
        <DialogTitle>New pipeline</DialogTitle>
        <DialogDescription>
          Start with one app. Its name suggests the pipeline's name and the app's stage: an app
          called shop-staging starts the shop pipeline as its staging app.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={(event) => void submit(event)} noValidate>
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
              hint={
                namesake ? (
                  <span className="text-amber-900">
                    You already have a pipeline called {namesake.name}. Heroku allows a second one;
                    the CLI then needs its id to tell them apart.
                  </span>
                ) : (
                  '3 to 30 characters: lowercase letters, digits and dashes.'
                )
              }
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
                  value={stage ?? ''}
                  onChange={(event) => setStageInput(event.target.value as Stage)}
                >
                  {stage === null && (
                    <option value="" disabled>
                      From the first app's name
                    </option>
                  )}
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
            request={dialog.request}
            failureTitle={dialog.failureTitle}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

import { AlertTriangle } from 'lucide-react'
import { useState } from 'react'
import { DialogDescription, DialogFormFooter, DialogTitle } from '@/components/ui/dialog'
import { Skeleton } from '@/components/ui/skeleton'
import type { PipelineApp } from '@/lib/board'
import { firstLine, plural, shortSha } from '@/lib/format'
import { defaultTargets } from '@/lib/promotion'
import { BOARD_STAGES, STAGE_LABELS } from '@/lib/stages'
import type { CodeIndex } from '../drift/use-running-codes'
import { TargetDelivery } from './target-delivery'

interface ChooseTargetsProps {
  source: PipelineApp
  apps: PipelineApp[]
  /** what each app of the board runs */
  codes: CodeIndex
  request: { isPending: boolean; isError: boolean; error: unknown }
  onPromote: (input: { releaseId: string; targetAppIds: string[] }) => void
}

/** The first step of a promotion: what will be copied, and to which apps. */
export function ChooseTargets({ source, apps, codes, request, onPromote }: ChooseTargetsProps) {
  const { code, running, slug } = codes.of(source.appId)
  const [chosen, setChosen] = useState(() => new Set(defaultTargets(source, apps)))
  const next = new Set(defaultTargets(source, apps))
  const [showOthers, setShowOthers] = useState(false)
  const others = apps.filter((app) => app.appId !== source.appId && !next.has(app.appId))
  const chosenApps = apps.filter((app) => chosen.has(app.appId))
  const toProduction = chosenApps.filter((app) => app.stage === 'production')

  const toggle = (appId: string, on: boolean) =>
    setChosen((current) => {
      const updated = new Set(current)
      if (on) updated.add(appId)
      else updated.delete(appId)
      return updated
    })

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!running || chosenApps.length === 0 || request.isPending) return
    onPromote({ releaseId: running.id, targetAppIds: chosenApps.map((app) => app.appId) })
  }

  const targetRow = (app: PipelineApp) => {
    const deliveryId = `delivery-${app.appId}`
    return (
      <li key={app.appId} className="flex gap-3 rounded-md px-2 py-2 hover:bg-slate-50">
        <input
          id={`target-${app.appId}`}
          type="checkbox"
          className="mt-0.5 size-4 accent-violet-700"
          checked={chosen.has(app.appId)}
          onChange={(event) => toggle(app.appId, event.target.checked)}
          aria-describedby={deliveryId}
        />
        <div className="min-w-0 flex-1">
          <label htmlFor={`target-${app.appId}`} className="font-medium text-slate-900">
            {app.name}
          </label>
          <TargetDelivery
            id={deliveryId}
            source={{ name: source.name, code }}
            target={{ name: app.name, code: codes.of(app.appId).code }}
          />
        </div>
      </li>
    )
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle>Promote {source.name}</DialogTitle>
      <DialogDescription>
        The slug {source.name} runs is copied, unchanged, to each app you choose, where it becomes a
        new release. Config vars and add-ons stay as they are.
      </DialogDescription>

      <section
        aria-label="What will be promoted"
        className="mt-4 rounded-lg bg-slate-50 p-3 text-sm"
      >
        {running === undefined || (running && !slug) ? (
          <Skeleton className="h-10 w-full" />
        ) : running === null ? (
          <p className="text-red-800">{source.name} has no succeeded release to promote.</p>
        ) : (
          <>
            <p className="text-slate-700">
              <span className="font-semibold text-slate-900">v{running.version}</span> of{' '}
              {source.name}, released by {running.user.email}
            </p>
            {slug && (
              <p className="mt-1 flex min-w-0 gap-2 text-slate-700">
                <code className="shrink-0 rounded bg-white px-1 font-mono text-xs leading-5">
                  {slug.commit ? shortSha(slug.commit) : 'no commit'}
                </code>
                <span className="truncate">{firstLine(slug.commit_description ?? '')}</span>
              </p>
            )}
          </>
        )}
      </section>

      <fieldset className="mt-4">
        <legend className="text-sm font-semibold text-slate-900">Promote to</legend>
        {next.size === 0 && (
          <p className="mt-1 text-sm text-slate-600">The next stage has no apps.</p>
        )}
        <ul className="mt-1">{apps.filter((app) => next.has(app.appId)).map(targetRow)}</ul>
        {others.length > 0 && (
          <div className="mt-2">
            <button
              type="button"
              aria-expanded={showOthers}
              onClick={() => setShowOthers((shown) => !shown)}
              className="rounded text-sm font-medium text-violet-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-violet-600"
            >
              {showOthers
                ? 'Hide the other apps'
                : `Choose other apps of this pipeline (${others.length})`}
            </button>
            {showOthers &&
              BOARD_STAGES.map((stage) => {
                const inStage = others.filter((app) => app.stage === stage)
                if (inStage.length === 0) return null
                return (
                  <div key={stage} className="mt-2">
                    <p className="px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                      {STAGE_LABELS[stage]}
                    </p>
                    <ul>{inStage.map(targetRow)}</ul>
                  </div>
                )
              })}
          </div>
        )}
      </fieldset>

      {toProduction.length > 0 && (
        <p
          role="note"
          className="mt-4 flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
          <span>
            This changes production: {toProduction.map((app) => app.name).join(' and ')} will run{' '}
            {source.name}
            {running ? ` v${running.version}` : ''}.
          </span>
        </p>
      )}
      {chosenApps.length === 0 && (
        <p className="mt-4 text-sm text-slate-600">Choose at least one app to promote to.</p>
      )}
      <div className="mt-4">
        <DialogFormFooter
          submitLabel={`Promote to ${plural(chosenApps.length, 'app')}`}
          pendingLabel="Starting the promotion…"
          request={request}
          failureTitle="The promotion did not start"
          disabled={chosenApps.length === 0 || !running}
        />
      </div>
    </form>
  )
}

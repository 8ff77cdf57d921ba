import { ProductionNote } from '@/components/warning-note'
import { DroppedCommits } from './dropped-commits'
import { useCallback, useMemo, useState } from 'react'
import { DialogDescription, DialogFormFooter, DialogTitle } from '@/components/ui/dialog'
import { Skeleton } from '@/components/ui/skeleton'
import { useDeployRefusals } from '@/hooks/use-access'
import type { PipelineApp, PipelineAppWithRecord } from '@/lib/board'
import { firstLine, formatCount, namesList, plural, shortSha } from '@/lib/format'
import { groupByCode } from '@/lib/code-groups'
import { defaultTargets } from '@/lib/promotion'
import { BOARD_STAGES, downstreamOf, isBoardStage, type BoardStage } from '@/lib/stages'
import type { RunningCodes } from '../drift/use-running-codes'
import { TargetList } from './target-list'
import { LockNote } from '@/components/lock-note'
import { lockInto } from '@/lib/locks'
import { useBoardLocks } from '../locks/board-locks'
import { targetRows, toggleGroup, type TargetSection } from './target-rows'

interface ChooseTargetsProps {
  source: PipelineApp
  apps: PipelineAppWithRecord[]
  /** what each app of the board runs */
  codes: RunningCodes
  request: { isPending: boolean; isError: boolean; error: unknown; waitingForAnother?: boolean }
  /** what the failure of this app's promotion is headed with */
  failureTitle: string
  onPromote: (input: { releaseId: string; targetAppIds: string[] }) => void
}

const appCount = (sections: TargetSection[]) =>
  sections.reduce(
    (sum, section) => sum + section.groups.reduce((n, group) => n + group.apps.length, 0),
    0,
  )

/** Past this many apps to choose from, the list gets a filter box. */
const FILTER_FROM = 10

/** The first step of a promotion: what will be copied, and to which apps. */
export function ChooseTargets({
  source,
  apps,
  codes,
  request,
  failureTitle,
  onPromote,
}: ChooseTargetsProps) {
  const { code, running, slug } = codes.of(source.appId)
  const [chosen, setChosen] = useState(() => new Set(defaultTargets(source, apps)))
  const [showOthers, setShowOthers] = useState(false)
  const [filter, setFilter] = useState('')
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map())
  const downstream = downstreamOf(source.stage)
  const next = downstream && isBoardStage(downstream) ? downstream : undefined

  // The next stage's apps first, as the CLI defaults to them; on demand, every other app of the
  // pipeline (`--to` allows any), by stage. In each, apps that run the same code are one group,
  // told once what they will receive. The other stages are only counted until they are shown: a
  // dialog over 2,000 apps opens without grouping 1,500 it does not list.
  const candidates = useMemo(
    () => apps.filter((app) => app.appId !== source.appId),
    [apps, source.appId],
  )
  const sectionOf = useCallback(
    (stage: BoardStage): TargetSection => ({
      stage,
      groups: groupByCode(
        candidates.filter((app) => app.stage === stage),
        (app) => codes.codeOf(app.appId),
      ),
    }),
    [candidates, codes],
  )
  const nextSection = useMemo(() => (next ? [sectionOf(next)] : []), [next, sectionOf])
  const otherSections = useMemo(
    () => (showOthers ? BOARD_STAGES.filter((stage) => stage !== next).map(sectionOf) : []),
    [next, sectionOf, showOthers],
  )
  const listed = useMemo(() => [...nextSection, ...otherSections], [nextSection, otherSections])
  const othersCount = candidates.length - appCount(nextSection)
  const listedCount = appCount(listed)
  const rows = useMemo(
    () => targetRows(listed, filter, toggled, showOthers),
    [listed, filter, toggled, showOthers],
  )

  const chosenApps = useMemo(() => apps.filter((app) => chosen.has(app.appId)), [apps, chosen])
  const inList = new Set(
    rows.flatMap((row) => (row.kind === 'group' ? row.shown.map((app) => app.appId) : [])),
  )
  const hiddenChosen = chosenApps.filter((app) => !inList.has(app.appId)).length
  const toProduction = chosenApps.filter((app) => app.stage === 'production')
  const refused = useDeployRefusals(chosenApps)
  // A stage locked (stop the line) takes none of the chosen apps' promotions: each lock once.
  const locks = useBoardLocks()
  const lockedBy = [
    ...new Map(
      chosenApps.flatMap((app) => {
        const lock = lockInto(locks, app.stage)
        return lock ? [[lock.scope, lock] as const] : []
      }),
    ).values(),
  ]

  const toggle = (appId: string, on: boolean) =>
    setChosen((current) => {
      const updated = new Set(current)
      if (on) updated.add(appId)
      else updated.delete(appId)
      return updated
    })

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (
      !running?.slug ||
      chosenApps.length === 0 ||
      refused.length > 0 ||
      lockedBy.length > 0 ||
      request.isPending ||
      request.waitingForAnother
    )
      return
    onPromote({ releaseId: running.id, targetAppIds: chosenApps.map((app) => app.appId) })
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
        {running === undefined || (running?.slug && !slug) ? (
          <Skeleton className="h-10 w-full" />
        ) : running === null ? (
          <p className="text-red-800">{source.name} has no succeeded release to promote.</p>
        ) : !running.slug ? (
          <p className="text-red-800">
            {source.name} runs v{running.version}, which has no build to promote. Deploy code to it
            first.
          </p>
        ) : (
          <>
            <p className="text-slate-700">
              <span className="font-semibold text-slate-900">v{running.version}</span> of{' '}
              {source.name}, released by <span>{running.user.email}</span>
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
        {nextSection.length === 0 || nextSection[0]?.groups.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">The next stage has no apps.</p>
        ) : null}
        {(listedCount > FILTER_FROM || filter !== '') && (
          <input
            type="search"
            aria-label="Filter targets by name or commit"
            placeholder="Filter by name or commit"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            className="mt-2 h-8 w-full rounded-md border border-slate-300 px-2.5 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-violet-600"
          />
        )}
        {rows.length > 0 ? (
          <TargetList
            rows={rows}
            source={{ name: source.name, code }}
            chosen={chosen}
            onToggleApp={toggle}
            onToggleGroup={(shown) => setChosen((current) => toggleGroup(shown, current))}
            onOpenGroup={(key, open) => setToggled((current) => new Map(current).set(key, open))}
          />
        ) : (
          listedCount > 0 && (
            <p className="mt-2 text-sm text-slate-600">No app matches the filter.</p>
          )
        )}
        {othersCount > 0 && (
          <div className="mt-2">
            <button
              type="button"
              aria-expanded={showOthers}
              onClick={() => setShowOthers((shown) => !shown)}
              className="rounded text-sm font-medium text-violet-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-violet-600"
            >
              {showOthers
                ? 'Hide the other apps'
                : `Choose other apps of this pipeline (${formatCount(othersCount)})`}
            </button>
          </div>
        )}
      </fieldset>

      <DroppedCommits source={{ name: source.name, code }} chosen={chosenApps} codes={codes} />
      {toProduction.length > 0 && (
        <ProductionNote>
          This changes production: {namesList(toProduction.map((app) => app.name))} will run{' '}
          {source.name}
          {running ? ` v${running.version}` : ''}.
        </ProductionNote>
      )}
      {hiddenChosen > 0 && (
        <p className="mt-2 text-sm text-slate-600">
          {plural(hiddenChosen, 'chosen app is', 'chosen apps are')} not shown above; promoting
          includes {hiddenChosen === 1 ? 'it' : 'them'}.
        </p>
      )}
      {refused.length > 0 && (
        <div role="note" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm">
          <p className="font-medium text-red-900">
            You may not promote to {plural(refused.length, 'chosen app')}: unselect{' '}
            {refused.length === 1 ? 'it' : 'them'}, or ask an admin for the deploy permission.
          </p>
          <ul className="mt-1 list-disc pl-5 text-red-800">
            {refused.slice(0, 5).map(({ name, reason }) => (
              <li key={name} className="wrap-anywhere">
                {reason}
              </li>
            ))}
            {refused.length > 5 && <li>and {formatCount(refused.length - 5)} more</li>}
          </ul>
        </div>
      )}
      {lockedBy.map((lock) => (
        <LockNote
          key={lock.scope}
          className="mt-4"
          lock={lock}
          advice="Unselect its apps, or unlock it first."
        />
      ))}
      {chosenApps.length === 0 && (
        <p className="mt-4 text-sm text-slate-600">Choose at least one app to promote to.</p>
      )}
      <div className="mt-4">
        <DialogFormFooter
          submitLabel={`Promote to ${plural(chosenApps.length, 'app')}`}
          pendingLabel="Starting the promotion…"
          request={request}
          failureTitle={failureTitle}
          disabled={
            chosenApps.length === 0 || !running?.slug || refused.length > 0 || lockedBy.length > 0
          }
        />
      </div>
    </form>
  )
}

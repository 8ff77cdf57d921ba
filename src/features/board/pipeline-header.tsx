import { useQuery } from '@tanstack/react-query'
import { Building2, FlaskConical, History, ListOrdered, Settings, User } from 'lucide-react'
import type React from 'react'
import { Link } from 'react-router'
import { accountQueries, teamQueries } from '@/api/account'
import type { App } from '@/api/apps'
import type { Pipeline } from '@/api/pipelines'
import { WarningNote } from '@/components/warning-note'
import { Skeleton } from '@/components/ui/skeleton'
import { appOwnerLabel, describeOwner } from '@/lib/owners'

const OWNER_ICONS = { team: Building2, user: User, legacy: History }

/** The pipeline's name and owner, and a warning naming apps whose owner differs (as the CLI warns). */
export function PipelineHeader({
  pipeline,
  apps,
  actions,
  freshness,
}: {
  pipeline: Pipeline
  apps: App[] | undefined
  /** what can be done to the pipeline itself, such as rename and delete */
  actions?: React.ReactNode
  /** when the board was last read, and a way to read it again */
  freshness?: React.ReactNode
}) {
  const teams = useQuery(teamQueries.all())
  const account = useQuery(accountQueries.current())
  const owner = describeOwner(pipeline.owner, {
    teams: teams.data,
    account: account.data,
    users: new Map(),
  })
  // A pipeline owned by another user: the apps it holds name that user by email.
  const ownerLabel =
    owner.label ??
    apps?.find((app) => app.owner?.id === pipeline.owner?.id)?.owner?.email ??
    (teams.isPending || account.isPending ? null : 'another user')
  const OwnerIcon = OWNER_ICONS[owner.kind]
  const strangers = pipeline.owner
    ? (apps ?? []).filter((app) => app.owner && app.owner.id !== pipeline.owner?.id)
    : []

  return (
    <header className="mb-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1
            id="board-heading"
            tabIndex={-1}
            title={pipeline.name}
            // A name as long as the API allows wraps, and is cut after three lines (all of it
            // in the title): the pipeline's actions stay in reach.
            className="line-clamp-3 text-2xl font-semibold tracking-tight wrap-anywhere text-slate-900 focus:outline-none"
          >
            {pipeline.name}
          </h1>
          <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
            <p className="flex items-center gap-1.5 text-sm text-slate-600">
              <OwnerIcon aria-hidden="true" className="size-4 text-slate-500" />
              <span className="sr-only">Owner: </span>
              {ownerLabel ?? <Skeleton inline className="h-4 w-28" />}
            </p>
            <PageLink to={`/pipelines/${pipeline.id}/activity`} icon={ListOrdered}>
              Activity
            </PageLink>
            <PageLink to={`/pipelines/${pipeline.id}/tests`} icon={FlaskConical}>
              Tests
            </PageLink>
            <PageLink to={`/pipelines/${pipeline.id}/settings`} icon={Settings}>
              Settings
            </PageLink>
            {freshness}
          </div>
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {strangers.length > 0 && (
        <WarningNote className="mt-3">
          <p>
            Some apps in this pipeline do not belong to {ownerLabel ?? 'its owner'}:{' '}
            {strangers
              .map((app) => `${app.name} (${appOwnerLabel(app.owner?.email ?? '')})`)
              .join(', ')}
            . All apps in a pipeline must have the pipeline's owner: transfer them (from a card's …
            menu, or with <code className="font-mono text-xs">heroku apps:transfer</code>), or
            change the pipeline's owner in Settings.
          </p>
        </WarningNote>
      )}
    </header>
  )
}

/** A link to another page of the pipeline, beside its owner. */
function PageLink({
  to,
  icon: Icon,
  children,
}: {
  to: string
  icon: typeof Settings
  children: React.ReactNode
}) {
  return (
    <Link
      to={to}
      className="flex items-center gap-1.5 rounded text-sm text-slate-700 hover:text-violet-800 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600"
    >
      <Icon aria-hidden="true" className="size-4 text-slate-500" />
      {children}
    </Link>
  )
}

import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { ChevronRight } from 'lucide-react'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { appQueries } from '@/api/apps'
import { isNotFound } from '@/api/client'
import { couplingQueries } from '@/api/couplings'
import { refreshAfterNewRelease, releaseQueries, type Release } from '@/api/releases'
import { NotFound } from '@/components/not-found'
import { RollbackDialog } from '@/components/rollback-dialog'
import { useAppAccess } from '@/hooks/use-access'
import { accessBlocker, NEEDED } from '@/lib/access'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { STAGE_LABELS } from '@/lib/stages'
import { usePageTitle } from '@/hooks/use-page-title'
import { useLockOfApp } from '@/hooks/use-locks'
import { lockSentence } from '@/lib/locks'
import { ReleaseRow } from './release-row'

/** An app's releases, newest first, paged as Heroku pages them, with rollback. */
export function AppReleasesPage() {
  const { appId = '' } = useParams()
  const app = useQuery(appQueries.detail(appId))
  const coupling = useQuery(couplingQueries.ofApp(appId))
  const pipelineId = coupling.data?.pipeline.id
  const history = useInfiniteQuery(releaseQueries.history(appId))
  const queryClient = useQueryClient()
  // The release stays set after the dialog closes: focus goes back to its row's button.
  const [rollbackTarget, setRollbackTarget] = useState<Release>()
  const [rollbackOpen, setRollbackOpen] = useState(false)
  const access = useAppAccess(app.data)
  // Its stage locked (stop the line): no rollback, and the button says who locked it and why.
  const { lock } = useLockOfApp(appId, true)
  const rollbackBlocker = lock
    ? lockSentence(lock)
    : accessBlocker(access, NEEDED.rollBack, app.data?.name ?? 'this app', 'roll it back')
  usePageTitle(
    isNotFound(app.error) ? 'App not found' : app.data ? `${app.data.name} releases` : 'Releases',
  )

  if (isNotFound(app.error)) {
    return (
      <NotFound title="App not found">
        No app has the id {appId}. It may have been deleted or renamed.
      </NotFound>
    )
  }
  const releases = history.data?.pages.flatMap((page) => page.releases)
  const current = releases?.find((release) => release.current)
  const name = app.data?.name

  return (
    <section aria-labelledby="app-heading">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link to="/" className="underline-offset-2 hover:underline">
              Pipelines
            </Link>
          </li>
          {coupling.data && (
            <li className="flex items-center gap-1">
              <ChevronRight aria-hidden="true" className="size-4" />
              <Link to={`/pipelines/${pipelineId}`} className="underline-offset-2 hover:underline">
                {coupling.data.pipeline.name ?? 'Its pipeline'}
              </Link>
              <span>· {STAGE_LABELS[coupling.data.stage]}</span>
            </li>
          )}
        </ol>
      </nav>
      <h1
        id="app-heading"
        tabIndex={-1}
        className="text-2xl font-semibold tracking-tight text-slate-900 focus:outline-none"
      >
        {name ?? <Skeleton className="h-8 w-56" />}
      </h1>
      <p className="mt-1 text-sm text-slate-600">Release history, newest first</p>

      {app.isError && (
        <ErrorPanel
          className="mt-4"
          title="Couldn't load this app"
          error={app.error}
          onRetry={() => void app.refetch()}
          retrying={app.isFetching}
        />
      )}
      {history.isError && !releases ? (
        <ErrorPanel
          className="mt-4"
          title="Couldn't load the releases"
          error={history.error}
          onRetry={() => void history.refetch()}
          retrying={history.isFetching}
        />
      ) : (
        <div className="mt-5 overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm">
            <caption className="sr-only">Releases of {name ?? 'this app'}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="py-2 pr-3 pl-4">
                  Version
                </th>
                <th scope="col" className="py-2 pr-3">
                  Description
                </th>
                <th scope="col" className="hidden py-2 pr-3 md:table-cell">
                  By
                </th>
                <th scope="col" className="hidden py-2 pr-3 md:table-cell">
                  When
                </th>
                <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {releases
                ? releases.map((release) => (
                    <ReleaseRow
                      key={release.id}
                      release={release}
                      rollbackBlocker={rollbackBlocker}
                      onLogEnded={() => void refreshAfterNewRelease(queryClient, appId)}
                      onRollback={(target) => {
                        setRollbackTarget(target)
                        setRollbackOpen(true)
                      }}
                    />
                  ))
                : [0, 1, 2, 3].map((row) => (
                    <tr key={row}>
                      <td colSpan={6} className="px-4 py-3">
                        <Skeleton className="h-5 w-full" />
                      </td>
                    </tr>
                  ))}
            </tbody>
          </table>
        </div>
      )}
      {history.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <Button
            onClick={() => void history.fetchNextPage()}
            disabled={history.isFetchingNextPage}
          >
            {history.isFetchingNextPage ? 'Loading older releases…' : 'Load older releases'}
          </Button>
        </div>
      )}
      {history.isFetchNextPageError && (
        <ErrorPanel className="mt-4" title="Couldn't load older releases" error={history.error} />
      )}
      {name && (
        <RollbackDialog
          open={rollbackOpen}
          onOpenChange={setRollbackOpen}
          app={{ id: appId, name }}
          target={rollbackTarget}
          current={current}
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            const button =
              rollbackTarget && document.getElementById(`rollback-${rollbackTarget.id}`)
            ;(button ?? document.getElementById('app-heading'))?.focus()
          }}
        />
      )}
    </section>
  )
}

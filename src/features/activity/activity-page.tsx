import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { useAddressParams } from '@/hooks/use-address-params'
import { isNotFound } from '@/api/client'
import { githubQueries } from '@/api/github'
import { pipelineQueries } from '@/api/pipelines'
import { RELEASES_PER_PAGE } from '@/api/releases'
import { PipelineBreadcrumb, PipelineNotFound } from '@/components/pipeline-subpage'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { usePageTitle } from '@/hooks/use-page-title'
import { ACTIVITY_KINDS, isActivityKind, type ActivityFilter } from '@/lib/activity'
import { LOG_SIZE } from '@/lib/activity-log'
import { formatCount } from '@/lib/format'
import { ActivityRow } from './activity-row'
import { useActivity } from './use-activity'

/** Entries shown at first, and added by each "Show older". */
const PAGE = 30

const selectClass = 'h-9 max-w-full rounded-md border border-slate-300 bg-white px-2 text-sm'

/**
 * A pipeline's timeline, newest first: releases (deploys, promotions, rollbacks), review apps,
 * and what Stageboard wrote down (moves, promotions, locks). Filtered by app and by kind, both in
 * the address, so a link shares the view.
 */
export function ActivityPage() {
  const { pipelineId = '' } = useParams()
  const [params, setParam] = useAddressParams()
  const kindParam = params.get('kind') ?? ''
  const filter: ActivityFilter = useMemo(
    () => ({ app: params.get('app') ?? '', kind: isActivityKind(kindParam) ? kindParam : '' }),
    [params, kindParam],
  )
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const connection = useQuery(githubQueries.pipelineConnection(pipelineId))
  const activity = useActivity(pipelineId, filter)
  const [shown, setShown] = useState({ filter, count: PAGE })
  // A new filter starts again from the newest page.
  const count = shown.filter === filter ? shown.count : PAGE
  usePageTitle(pipeline.data ? `${pipeline.data.name} activity` : 'Activity')

  if (isNotFound(pipeline.error)) {
    return <PipelineNotFound pipelineId={pipelineId} />
  }
  const visible = activity.entries.slice(0, count)
  const older = activity.olderReleases
  const moreShown = activity.entries.length > count

  return (
    <section aria-labelledby="activity-heading">
      <PipelineBreadcrumb
        pipelineId={pipelineId}
        pipelineName={pipeline.data?.name}
        page="Activity"
      />
      <header className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div className="max-w-prose">
          <h1
            id="activity-heading"
            className="text-2xl font-semibold tracking-tight text-slate-900"
          >
            Activity
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            What happened to {pipeline.data?.name ?? 'this pipeline'}, newest first. Releases and
            review apps are Heroku's record. Moves, promotions, deleted review apps and locks made
            in Stageboard are noted by Stageboard (the newest {LOG_SIZE}); the same done with the
            CLI shows only as the releases it makes.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            App
            <select
              value={filter.app}
              onChange={(event) => setParam('app', event.target.value)}
              className={selectClass}
            >
              <option value="">All apps</option>
              {filter.app && !activity.appNames.includes(filter.app) && (
                <option value={filter.app}>{filter.app} (not in this pipeline now)</option>
              )}
              {activity.appNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            Kind
            <select
              value={filter.kind}
              onChange={(event) => setParam('kind', event.target.value)}
              className={selectClass}
            >
              <option value="">Everything</option>
              {ACTIVITY_KINDS.map(({ kind, label }) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {activity.failures.map(({ what, error }) => (
        <div key={what} className="mb-4">
          <ErrorPanel title={what} error={error} onRetry={activity.retry} />
        </div>
      ))}
      {activity.reach === 'newest' && (
        <p className="mb-3 text-sm text-slate-700">
          With {formatCount(activity.appNames.length)} apps, each app's newest release is shown.
          Choose an app to read all of its releases.
        </p>
      )}
      {activity.pending ? (
        <div role="status" aria-label="Loading the activity" className="space-y-2">
          <Skeleton className="h-14 w-full" />
          <Skeleton className="h-14 w-full" />
          <Skeleton className="h-14 w-full" />
        </div>
      ) : visible.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-700">
          {filter.app || filter.kind
            ? 'Nothing matches these filters.'
            : 'Nothing has happened here yet.'}
        </p>
      ) : (
        <ol aria-label="Activity" className="space-y-2">
          {visible.map((entry) => (
            <ActivityRow
              key={entry.id}
              entry={entry}
              repo={connection.data?.repo ?? null}
              nameOf={activity.nameOf}
            />
          ))}
        </ol>
      )}
      {activity.readingApps && !activity.pending && (
        <p role="status" className="mt-3 text-sm text-slate-700">
          Reading each app's releases…
        </p>
      )}
      {activity.reach === 'recent' && !moreShown && !activity.pending && (
        <p className="mt-3 text-sm text-slate-700">
          That is each app's {RELEASES_PER_PAGE} newest releases. Choose an app to read all of its
          releases.
        </p>
      )}
      {(moreShown || older?.more) && (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            disabled={older?.loading}
            onClick={() => {
              setShown({ filter, count: count + PAGE })
              if (!moreShown) older?.load()
            }}
          >
            {older?.loading ? 'Reading older releases…' : 'Show older'}
          </Button>
        </div>
      )}
    </section>
  )
}

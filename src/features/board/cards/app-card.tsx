import type React from 'react'
import { Link } from 'react-router'
import type { App } from '@/api/apps'
import type { Release } from '@/api/releases'
import type { ReviewApp } from '@/api/review-apps'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { useHasStayed } from '@/hooks/use-has-stayed'
import { cn } from '@/lib/cn'
import type { DriftSide } from '@/lib/drift'
import type { BoardStage } from '@/lib/stages'
import { CardIcon } from '../card-icons'
import { DriftList, type NeighbourStage } from '../drift/drift-list'
import type { RunningCode } from '../drift/use-running-codes'
import type { CiResult } from '@/lib/ci'
import { FormationSummary } from './formation-summary'
import { CiSummary } from './ci-summary'
import { ReleaseSummary } from './release-summary'
import { ReviewAppSummary } from './review-app-card'
import { useMalformedRecord } from './use-malformed-record'

export interface AppCardProps {
  appId: string
  /** '' until known */
  name: string
  stage: BoardStage
  app: App | undefined
  latest: Release | null | undefined
  /** what the app runs, read for the whole board */
  runs: RunningCode
  /** asks again for what failed to say what the app runs */
  onRetryCode: () => void
  /** the groups of the neighbouring stages, to compare with */
  neighbours: NeighbourStage[]
  /** set when the app is a review app: its pull request is shown too */
  reviewApp?: ReviewApp
  /** before the name, such as a drag handle */
  leading?: React.ReactNode
  /** after the name, such as an actions menu */
  controls?: React.ReactNode
  /** under everything, such as the Promote button */
  footer?: React.ReactNode
  /** said above the drift lines: that the app belongs to someone else */
  note?: React.ReactNode
  /** what Heroku CI made of the commit the app runs, if it tested it */
  ci?: CiResult
  /** the pipeline the card is on (its Tests page) */
  pipelineId: string
  /** what changed on the card lately ("Moved here from Staging"), said for a few seconds */
  news?: string
  /** what the card waits for the API to agree to ("Waiting for Heroku to move it"), shown if it is slow */
  pending?: string
}

/** One app: its release, the commit it runs, its dynos, and how its code compares with its neighbours. */
export function AppCard({
  appId,
  name,
  stage,
  app,
  latest,
  runs,
  onRetryCode,
  neighbours,
  reviewApp,
  leading,
  controls,
  footer,
  note,
  news,
  pending,
  ci,
  pipelineId,
}: AppCardProps) {
  const { code, running, slug } = runs
  const malformed = useMalformedRecord(appId)
  const subject: DriftSide = { appId, name: name || 'Loading app…', stage, code }
  const headingId = `app-${appId}`

  return (
    <article
      aria-labelledby={headingId}
      className={cn(
        'relative rounded-lg border border-slate-200 bg-white p-3 shadow-sm transition-shadow',
        news && 'ring-2 ring-sky-500',
      )}
    >
      {pending ? (
        <PendingNote text={pending} name={name} />
      ) : (
        news && (
          <EdgeNote title={news} className="bg-sky-700 text-white">
            {news}
          </EdgeNote>
        )
      )}
      <header className="mb-2 flex items-center gap-1.5">
        {leading}
        {/* A name cut short is whole on hover (its title) and on keyboard focus (it wraps). */}
        <h3
          id={headingId}
          className="min-w-0 flex-1 truncate font-semibold text-slate-900 has-focus-visible:wrap-anywhere has-focus-visible:whitespace-normal"
        >
          {name ? (
            <Link
              to={`/apps/${appId}`}
              title={name}
              className="rounded hover:text-violet-800 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600"
            >
              {name}
            </Link>
          ) : (
            <Skeleton className="h-5 w-36" />
          )}
        </h3>
        {app?.maintenance && (
          <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            <CardIcon name="maintenance" className="size-3.5" />
            Maintenance
          </span>
        )}
        {controls}
      </header>
      {malformed && (
        <p role="alert" className="mb-2 text-xs break-words text-red-800">
          Heroku sent this app&apos;s record in a shape Stageboard cannot read ({malformed}): the
          card shows what it could read.
        </p>
      )}
      {reviewApp && (
        <div className="mb-2 border-b border-slate-100 pb-2">
          <ReviewAppSummary reviewApp={reviewApp} />
        </div>
      )}
      <ReleaseSummary latest={latest} running={running} slug={slug} />
      {/* CI beside the dynos, on their line: it comes after the card is laid out, and must not
          push the cards below it down. */}
      <div className="mt-1.5 flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <FormationSummary appId={appId} />
        </div>
        {ci && <CiSummary ci={ci} pipelineId={pipelineId} />}
      </div>
      {code.status === 'error' && (
        <div role="alert" className="mt-2 flex items-center gap-2 text-xs text-red-800">
          <span className="min-w-0 flex-1">Couldn't read this app's code: {code.message}</span>
          <Button size="sm" variant="ghost" onClick={onRetryCode}>
            <CardIcon name="retry" className="size-3.5" />
            Retry
          </Button>
        </div>
      )}
      {note}
      <DriftList subject={subject} neighbours={neighbours} />
      {footer && <div className="mt-3 flex justify-end">{footer}</div>}
    </article>
  )
}

/** How long a change may wait for the API before its card says so: a quick answer shows nothing. */
const SLOW_CHANGE_MS = 600

/** On the card's edge, not in its flow: the cards below must not move for a note. */
function EdgeNote({ className, ...props }: React.ComponentProps<'p'>) {
  return (
    <p
      className={cn(
        'absolute -top-2.5 right-3 max-w-[85%] truncate rounded-full px-2 py-0.5 text-xs font-medium shadow-sm',
        className,
      )}
      {...props}
    />
  )
}

/** Like its news: a change the API has not agreed to yet, once it is slow. */
function PendingNote({ text, name }: { text: string; name: string }) {
  const slow = useHasStayed(SLOW_CHANGE_MS)
  if (!slow) return null
  return (
    <EdgeNote
      role="status"
      className="border border-dashed border-slate-500 bg-white text-slate-800"
    >
      <span
        className="mr-1 inline-block size-2 animate-pulse rounded-full bg-violet-600"
        aria-hidden="true"
      />
      {/* Heard apart from its card, so the card is named. */}
      <span className="sr-only">{name}: </span>
      {text}…
    </EdgeNote>
  )
}

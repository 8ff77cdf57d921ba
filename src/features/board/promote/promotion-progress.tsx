import { useQuery } from '@tanstack/react-query'
import { CheckCircle2, CircleDashed, LoaderCircle, XCircle } from 'lucide-react'
import { useMemo } from 'react'
import { isNotFound } from '@/api/client'
import { promotionQueries, type PromotionTarget } from '@/api/promotions'
import type { Release } from '@/api/releases'
import { Button } from '@/components/ui/button'
import { DialogClose, DialogDescription, DialogFooter, DialogTitle } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { ScrollingList } from '@/components/ui/scrolling-list'
import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { formatCount, plural } from '@/lib/format'
import {
  byStepThenName,
  countTargets,
  describeStep,
  summarizePromotion,
  targetStep,
  type TargetStep,
} from '@/lib/promotion'
import { SingleTargetLog } from './single-target-log'
import { useFollowPromotion } from './use-follow-promotion'
import { useRelease } from './use-release'

const STEP_ICONS: Record<TargetStep['step'], typeof CheckCircle2> = {
  waiting: CircleDashed,
  released: LoaderCircle,
  'release-command': LoaderCircle,
  succeeded: CheckCircle2,
  failed: XCircle,
}

export interface RetryRequest {
  sourceAppId: string
  releaseId: string
  targetAppIds: string[]
}

interface PromotionProgressProps {
  pipelineId: string
  promotionId: string
  appName: (appId: string) => string
  /** the app's newest release as the board knows it (undefined: not known yet) */
  latestOf: (appId: string) => Release | null | undefined
  retry: { isPending: boolean; isError: boolean; error: unknown }
  onRetry: (request: RetryRequest) => void
}

/** A target and where it stands, worked out once per answer of the poll. */
interface TargetLine {
  target: PromotionTarget
  name: string
  step: TargetStep
}

function TargetRow({ line }: { line: TargetLine }) {
  const { step, name } = line
  const Icon = STEP_ICONS[step.step]
  const spinning = step.step === 'released' || step.step === 'release-command'
  return (
    <div className="flex gap-3 px-2 py-2.5">
      <Icon
        aria-hidden="true"
        className={cn(
          'mt-0.5 size-5 shrink-0',
          step.step === 'succeeded' && 'text-emerald-700',
          step.step === 'failed' && 'text-red-700',
          (step.step === 'waiting' || spinning) && 'text-slate-500',
          spinning && 'animate-spin',
        )}
      />
      <div className="min-w-0">
        <p className="font-medium text-slate-900">{name}</p>
        <p className={cn('text-sm', step.step === 'failed' ? 'text-red-800' : 'text-slate-700')}>
          {describeStep(step)}
        </p>
      </div>
    </div>
  )
}

/** Counts at a glance, as a bar and in words: "312 succeeded · 2 failed · 186 waiting". */
function TargetCounts({ counts }: { counts: ReturnType<typeof countTargets> }) {
  const total = counts.succeeded + counts.failed + counts.waiting
  const share = (n: number) => `${(100 * n) / Math.max(total, 1)}%`
  return (
    <div className="mt-3">
      <div aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-slate-200">
        <div className="bg-red-600" style={{ width: share(counts.failed) }} />
        <div className="bg-emerald-600" style={{ width: share(counts.succeeded) }} />
      </div>
      <p className="mt-1.5 text-sm text-slate-700">
        {formatCount(counts.succeeded)} succeeded · {formatCount(counts.failed)} failed ·{' '}
        {formatCount(counts.waiting)} waiting
      </p>
    </div>
  )
}

/**
 * A running promotion, one row per target, failures first. Only its targets are polled, about once
 * a second (like the CLI) until every target has settled, whatever their number: a target's
 * release is read from the board's newest releases, which follow at most every few seconds, and
 * once all have settled. Then cards and drift tell the truth.
 */
export function PromotionProgress({
  pipelineId,
  promotionId,
  appName,
  latestOf,
  retry,
  onRetry,
}: PromotionProgressProps) {
  const promotion = useQuery(promotionQueries.detail(promotionId))
  const { targets, settled } = useFollowPromotion(pipelineId, promotionId)
  const sourceId = promotion.data?.source.app.id ?? ''
  const sourceReleaseId = promotion.data?.source.release.id ?? ''
  // The release copied is most often the source's newest, which the board has already read.
  const sourceVersion = useRelease(sourceId, sourceReleaseId, latestOf)?.version
  const failed = targets.data?.filter((target) => target.status === 'failed') ?? []

  const lines = useMemo(
    () =>
      (targets.data ?? [])
        .map((target): TargetLine => {
          const latest = latestOf(target.app.id)
          const release = target.release && latest?.id === target.release.id ? latest : null
          return {
            target,
            name: appName(target.app.id),
            step: targetStep({
              ...target,
              release,
              releaseLoading: target.release !== null && !release,
            }),
          }
        })
        .sort(byStepThenName),
    [targets.data, latestOf, appName],
  )
  const counts = countTargets(targets.data ?? [])

  const source = promotion.data ? appName(promotion.data.source.app.id) : undefined
  const title = source ? `Promotion from ${source}` : 'Promotion'
  const notFound = isNotFound(promotion.error) || isNotFound(targets.error)

  return (
    <>
      <DialogTitle>{title}</DialogTitle>
      <DialogDescription>
        {source && sourceVersion !== undefined
          ? `${source} v${sourceVersion} is copied to ${plural(targets.data?.length ?? 0, 'app')}.`
          : 'Each target gets a new release of the same slug.'}
      </DialogDescription>

      {notFound ? (
        <p className="mt-4 text-sm text-slate-700">
          This promotion could not be found. It may belong to another pipeline or account.
        </p>
      ) : targets.isError && !targets.data ? (
        <ErrorPanel
          className="mt-4"
          title="Couldn't read the promotion's progress"
          error={targets.error}
          onRetry={() => void targets.refetch()}
          retrying={targets.isFetching}
        />
      ) : !targets.data ? (
        <div className="mt-4 space-y-2">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : (
        <>
          {lines.length > 1 && <TargetCounts counts={counts} />}
          <ScrollingList
            className="mt-3"
            label="Targets"
            items={lines}
            keyOf={(line) => line.target.id}
            estimateHeight={() => 64}
            renderItem={(line) => <TargetRow line={line} />}
          />
          {lines.length === 1 && lines[0] && (
            <SingleTargetLog target={lines[0].target} name={lines[0].name} latestOf={latestOf} />
          )}
        </>
      )}

      {targets.data && (
        <p
          role="status"
          className={cn(
            'mt-3 rounded-lg px-3 py-2 text-sm font-medium',
            !settled && 'bg-slate-50 text-slate-700',
            settled && failed.length === 0 && 'bg-emerald-50 text-emerald-900',
            settled && failed.length > 0 && 'bg-red-50 text-red-900',
          )}
        >
          {settled
            ? summarizePromotion(
                targets.data.map((target) => ({
                  name: appName(target.app.id),
                  status: target.status,
                })),
              )
            : `Promoting… ${formatCount(targets.data.length - counts.waiting)} of ${formatCount(targets.data.length)} done. Closing this does not stop it.`}
        </p>
      )}
      {retry.isError && (
        <ErrorPanel
          className="mt-3"
          title={`The retry of the promotion from ${source ?? 'the app'} did not start`}
          error={retry.error}
        />
      )}

      <DialogFooter>
        <DialogClose asChild>
          <Button>Close</Button>
        </DialogClose>
        {settled && failed.length > 0 && promotion.data && (
          <Button
            variant="primary"
            disabled={retry.isPending}
            onClick={() =>
              promotion.data &&
              onRetry({
                sourceAppId: promotion.data.source.app.id,
                releaseId: promotion.data.source.release.id,
                targetAppIds: failed.map((target) => target.app.id),
              })
            }
          >
            {retry.isPending ? 'Retrying…' : 'Retry failed targets'}
          </Button>
        )}
      </DialogFooter>
    </>
  )
}

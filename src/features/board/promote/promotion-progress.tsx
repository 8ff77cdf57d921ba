import { useQuery, useQueryClient } from '@tanstack/react-query'
import { CheckCircle2, CircleDashed, LoaderCircle, XCircle } from 'lucide-react'
import { useEffect } from 'react'
import { isNotFound } from '@/api/client'
import {
  promotionQueries,
  refreshAfterPromotionSettled,
  refreshAfterPromotionStep,
  type PromotionTarget,
} from '@/api/promotions'
import { releaseQueries } from '@/api/releases'
import { Button } from '@/components/ui/button'
import { DialogClose, DialogDescription, DialogFooter, DialogTitle } from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { plural } from '@/lib/format'
import { describeStep, summarizePromotion, targetStep, type TargetStep } from '@/lib/promotion'

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
  retry: { isPending: boolean; isError: boolean; error: unknown }
  onRetry: (request: RetryRequest) => void
}

function TargetRow({ target, name }: { target: PromotionTarget; name: string }) {
  const release = useQuery({
    ...releaseQueries.detail(target.app.id, target.release?.id ?? ''),
    enabled: target.release !== null,
  })
  const step = targetStep({
    ...target,
    release: release.data ?? null,
    releaseLoading: target.release !== null && !release.data,
  })
  const Icon = STEP_ICONS[step.step]
  const spinning = step.step === 'released' || step.step === 'release-command'
  return (
    <li className="flex gap-3 py-2.5">
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
    </li>
  )
}

/**
 * A running promotion, one row per target, polled about once a second (like the CLI) until every
 * target has settled. Then the board's releases are refetched, so cards and drift tell the truth.
 */
export function PromotionProgress({
  pipelineId,
  promotionId,
  appName,
  retry,
  onRetry,
}: PromotionProgressProps) {
  const queryClient = useQueryClient()
  const promotion = useQuery(promotionQueries.detail(promotionId))
  const targets = useQuery(promotionQueries.targets(promotionId))
  const sourceId = promotion.data?.source.app.id ?? ''
  const sourceRelease = useQuery({
    ...releaseQueries.detail(sourceId, promotion.data?.source.release.id ?? ''),
    enabled: Boolean(promotion.data),
  })
  const settled = targets.data?.every((target) => target.status !== 'pending') ?? false
  const failed = targets.data?.filter((target) => target.status === 'failed') ?? []

  // Each step a target takes shows on its card too: a new release, then its outcome. Once all
  // have settled, each target's running release (and so its drift) is read again.
  const progress = targets.data
    ?.map((target) => `${target.status}:${target.release?.id ?? ''}`)
    .join(',')
  useEffect(() => {
    if (progress !== undefined) void refreshAfterPromotionStep(queryClient, pipelineId)
  }, [progress, queryClient, pipelineId])
  const targetAppIds = targets.data?.map((target) => target.app.id).join(',')
  useEffect(() => {
    if (settled && targetAppIds) {
      void refreshAfterPromotionSettled(queryClient, targetAppIds.split(','))
    }
  }, [settled, targetAppIds, queryClient])

  const source = promotion.data ? appName(promotion.data.source.app.id) : undefined
  const title = source ? `Promotion from ${source}` : 'Promotion'
  const notFound = isNotFound(promotion.error) || isNotFound(targets.error)

  return (
    <>
      <DialogTitle>{title}</DialogTitle>
      <DialogDescription>
        {source && sourceRelease.data
          ? `${source} v${sourceRelease.data.version} is copied to ${plural(targets.data?.length ?? 0, 'app')}.`
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
        <ul aria-label="Targets" className="mt-3 divide-y divide-slate-100">
          {targets.data.map((target) => (
            <TargetRow key={target.id} target={target} name={appName(target.app.id)} />
          ))}
        </ul>
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
            : `Promoting… ${targets.data.length - targets.data.filter((t) => t.status === 'pending').length} of ${targets.data.length} done. Closing this does not stop it.`}
        </p>
      )}
      {retry.isError && (
        <ErrorPanel className="mt-3" title="The retry did not start" error={retry.error} />
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

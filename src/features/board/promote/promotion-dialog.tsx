import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { toast } from 'sonner'
import { createPromotion } from '@/api/promotions'
import { releaseQueries } from '@/api/releases'
import { Dialog, DialogContent, DialogTitle } from '@/components/ui/dialog'
import { useInFlight } from '@/hooks/use-in-flight'
import { ChooseTargets, type PipelineApp } from './choose-targets'
import { PromotionProgress } from './promotion-progress'
import { usePromotionParams } from './use-promotion-params'

/**
 * Promote, from choosing targets to watching them settle, in one dialog that the URL opens. The
 * promotion request belongs to the board, not to the dialog: closing the dialog while it is on
 * its way neither cancels nor repeats it, and says where to watch it.
 */
export function PromotionDialog({ pipelineId, apps }: { pipelineId: string; apps: PipelineApp[] }) {
  const queryClient = useQueryClient()
  const { sourceAppId, promotionId, follow, close } = usePromotionParams()
  // What the dialog shows now, read when a request comes back (maybe after the user moved on).
  const showing = useRef({ sourceAppId, promotionId })
  useEffect(() => {
    showing.current = { sourceAppId, promotionId }
  })

  const mutationKey = ['pipeline-promotions', 'create', pipelineId]

  const inFlight = useInFlight(mutationKey)

  const starting = useMutation({
    mutationKey,
    mutationFn: createPromotion,
    meta: { errorShownInline: true },
    onSuccess: (promotion, input) => {
      void queryClient.invalidateQueries({
        queryKey: releaseQueries.latestOfPipeline(pipelineId).queryKey,
      })
      const { sourceAppId: choosing, promotionId: watching } = showing.current
      if (choosing === input.sourceAppId || watching) return follow(promotion.id)
      toast.success('Promotion started', {
        action: { label: 'View progress', onClick: () => follow(promotion.id) },
      })
    },
  })

  const appName = (appId: string) => apps.find((app) => app.appId === appId)?.name || 'an app'
  const source = sourceAppId ? apps.find((app) => app.appId === sourceAppId) : undefined
  const start = (input: { sourceAppId: string; releaseId: string; targetAppIds: string[] }) => {
    if (inFlight()) return
    starting.mutate({
      pipelineId,
      sourceAppId: input.sourceAppId,
      sourceReleaseId: input.releaseId,
      targetAppIds: input.targetAppIds,
    })
  }

  return (
    <Dialog
      open={Boolean(sourceAppId || promotionId)}
      onOpenChange={(open) => {
        if (open) return
        close()
        starting.reset()
      }}
    >
      <DialogContent className="max-w-xl">
        {promotionId ? (
          <PromotionProgress
            key={promotionId}
            pipelineId={pipelineId}
            promotionId={promotionId}
            appName={appName}
            retry={starting}
            onRetry={start}
          />
        ) : source ? (
          <ChooseTargets
            key={source.appId}
            source={source}
            apps={apps}
            request={starting}
            onPromote={({ releaseId, targetAppIds }) =>
              start({ sourceAppId: source.appId, releaseId, targetAppIds })
            }
          />
        ) : (
          <>
            <DialogTitle>Nothing to promote</DialogTitle>
            <p className="mt-2 text-sm text-slate-700">
              That app is not in this pipeline any more.
            </p>
          </>
        )}
      </DialogContent>
    </Dialog>
  )
}

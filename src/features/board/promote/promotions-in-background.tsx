import { useMutationState } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { Promotion } from '@/api/promotions'
import { mutationKeys } from '@/api/mutation-keys'
import { toast } from '@/components/ui/toast'
import { summarizePromotion } from '@/lib/promotion'
import { useFollowPromotion } from './use-follow-promotion'

interface PromotionsInBackgroundProps {
  pipelineId: string
  /** the promotion the dialog shows, which the dialog follows itself */
  shown: string | null
  appName: (appId: string) => string
  onView: (promotionId: string) => void
}

/**
 * Promotions started from this board whose dialog was closed: they are still followed, so the
 * cards take each step as it happens (not at the next minute's read), and their end is told.
 */
export function PromotionsInBackground({ shown, ...props }: PromotionsInBackgroundProps) {
  const started = useMutationState({
    filters: { mutationKey: mutationKeys.promote(props.pipelineId), status: 'success' },
    select: (mutation) => (mutation.state.data as Promotion | undefined)?.id,
  })
  return started
    .filter((id): id is string => id !== undefined && id !== shown)
    .map((id) => <FollowedPromotion key={id} promotionId={id} {...props} />)
}

function FollowedPromotion({
  pipelineId,
  promotionId,
  appName,
  onView,
}: Omit<PromotionsInBackgroundProps, 'shown'> & { promotionId: string }) {
  const { targets, settled } = useFollowPromotion(pipelineId, promotionId)
  // Told once, when it ends out of sight: one that had ended before it left the dialog was seen.
  const sawItRun = useRef(false)
  useEffect(() => {
    if (!targets.data) return
    if (!settled) {
      sawItRun.current = true
      return
    }
    if (!sawItRun.current) return
    sawItRun.current = false
    const summary = summarizePromotion(
      targets.data.map((target) => ({ name: appName(target.app.id), status: target.status })),
    )
    const view = { label: 'View', onClick: () => onView(promotionId) }
    if (targets.data.some((target) => target.status === 'failed')) {
      toast.error(summary, { action: view })
    } else {
      toast.success(summary, { action: view })
    }
  }, [targets.data, settled, appName, onView, promotionId])
  return null
}

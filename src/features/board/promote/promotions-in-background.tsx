import { useEffect, useRef } from 'react'
import { toast } from '@/components/ui/toast'
import { summarizePromotion } from '@/lib/promotion'
import { useFollowPromotion } from './use-follow-promotion'

interface PromotionsInBackgroundProps {
  pipelineId: string
  /** promotions started from this board whose dialog was closed: whether to tell an unseen end */
  promotions: ReadonlyMap<string, boolean>
  /** the promotion the dialog shows, which the dialog follows itself */
  shown: string | null
  appName: (appId: string) => string
  onView: (promotionId: string) => void
}

/**
 * Promotions started from this board whose dialog was closed: they are still followed, so the
 * cards take each step as it happens (not at the next minute's read), and their end is told.
 */
export function PromotionsInBackground({
  promotions,
  shown,
  ...props
}: PromotionsInBackgroundProps) {
  return [...promotions]
    .filter(([id]) => id !== shown)
    .map(([id, tellEvenIfEnded]) => (
      <FollowedPromotion key={id} promotionId={id} tellEvenIfEnded={tellEvenIfEnded} {...props} />
    ))
}

function FollowedPromotion({
  pipelineId,
  promotionId,
  tellEvenIfEnded,
  appName,
  onView,
}: Omit<PromotionsInBackgroundProps, 'shown' | 'promotions'> & {
  promotionId: string
  tellEvenIfEnded: boolean
}) {
  const { targets, settled } = useFollowPromotion(pipelineId, promotionId, {
    refreshIfEndedBefore: tellEvenIfEnded,
  })
  // Told once: when it ends out of sight, or at once if it ended unseen (closed before it started).
  const untold = useRef(tellEvenIfEnded)
  useEffect(() => {
    if (!targets.data) return
    if (!settled) {
      untold.current = true
      return
    }
    if (!untold.current) return
    untold.current = false
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

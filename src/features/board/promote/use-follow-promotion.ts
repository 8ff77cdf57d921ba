import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import {
  promotionQueries,
  refreshAfterPromotionSettled,
  refreshAfterPromotionStep,
} from '@/api/promotions'

/**
 * How long the board's releases may lag behind the promotion's steps while it runs. Reading them
 * again is one request, so following a promotion of any size costs at most 1.5 a second: its
 * targets every second, the board's newest releases every other second while steps happen.
 */
const BOARD_REFRESH_MS = 2000

/**
 * Follows a promotion to its end, whether its dialog shows it or not: its targets are polled about
 * once a second (like the CLI) until every one has settled, each step shows on the board's cards,
 * and once all have settled each target's releases (and so its drift) are read again.
 */
export function useFollowPromotion(
  pipelineId: string,
  promotionId: string,
  /**
   * `refreshIfEndedBefore: false`: a promotion already over when this starts following it (its
   * dialog showed the end, then closed) reads nothing again; the board has read it.
   */
  { refreshIfEndedBefore = true } = {},
) {
  const queryClient = useQueryClient()
  const targets = useQuery(promotionQueries.targets(promotionId))
  const settled = targets.data?.every((target) => target.status !== 'pending') ?? false
  const [seenRunning] = useState(() => !settled)
  const refreshes = refreshIfEndedBefore || seenRunning

  const progress = targets.data
    ?.map((target) => `${target.status}:${target.release?.id ?? ''}`)
    .join(',')
  const lastRefresh = useRef(0)
  useEffect(() => {
    if (progress === undefined || !refreshes) return
    const wait = lastRefresh.current + BOARD_REFRESH_MS - Date.now()
    const refresh = () => {
      lastRefresh.current = Date.now()
      void refreshAfterPromotionStep(queryClient, pipelineId)
    }
    if (wait <= 0 || settled) return refresh()
    const timer = setTimeout(refresh, wait)
    return () => clearTimeout(timer)
  }, [progress, settled, refreshes, queryClient, pipelineId])

  const targetAppIds = targets.data?.map((target) => target.app.id).join(',')
  useEffect(() => {
    if (settled && targetAppIds && refreshes) {
      void refreshAfterPromotionSettled(queryClient, targetAppIds.split(','))
    }
  }, [settled, targetAppIds, refreshes, queryClient])

  return { targets, settled }
}

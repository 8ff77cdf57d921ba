import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { refetchBoard } from '@/api/board-refresh'
import { politeInterval } from '@/api/rate-limit'

/**
 * How often a board on screen reads what moves on it (five lists: 300 requests an hour, 7% of
 * Heroku's budget); stretched when the budget runs low, and never while the tab is hidden.
 */
export const LIVE_EVERY_MS = 60_000

/** A tab that comes back this soon after its last read asks nothing. */
const FRESH_ENOUGH_MS = 1_000

/**
 * Keeps a board current while it is looked at: what moves on it is read every minute, the whole
 * board again when its tab comes back into view, and on request. `updatedAt` is when its lists
 * were last read. A board with a change of its own on the way skips a beat: that change refreshes
 * it when it settles.
 */
export function useLiveBoard(pipelineId: string, updatedAt: number) {
  const client = useQueryClient()
  const [refreshing, setRefreshing] = useState(false)

  const refresh = useCallback(async () => {
    setRefreshing(true)
    try {
      await refetchBoard(client, pipelineId, 'all')
    } finally {
      setRefreshing(false)
    }
  }, [client, pipelineId])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      if (!document.hidden && client.isMutating() === 0) {
        void refetchBoard(client, pipelineId, 'moving')
      }
      timer = setTimeout(tick, politeInterval(LIVE_EVERY_MS))
    }
    timer = setTimeout(tick, politeInterval(LIVE_EVERY_MS))
    return () => clearTimeout(timer)
  }, [client, pipelineId])

  useEffect(() => {
    const comeBack = () => {
      if (document.hidden || Date.now() - updatedAt < FRESH_ENOUGH_MS) return
      if (client.isMutating() === 0) void refetchBoard(client, pipelineId, 'all')
    }
    document.addEventListener('visibilitychange', comeBack)
    return () => document.removeEventListener('visibilitychange', comeBack)
  }, [client, pipelineId, updatedAt])

  return { refreshing, refresh }
}

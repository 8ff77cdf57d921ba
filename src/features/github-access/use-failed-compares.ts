import { notifyManager, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { githubKeys } from '@/api/keys'

export interface FailedCompares {
  count: number
  /** the first failure's error: GitHub's (or Kolkrabbi's) own words */
  error: unknown
}

const NONE: FailedCompares = { count: 0, error: null }

const COMPARES = githubKeys.compares()
const isCompare = (key: readonly unknown[]) => COMPARES.every((part, i) => key[i] === part)

/**
 * The GitHub compares that failed among those on screen (a query with an observer): the board's
 * drift lines and the promote dialog. One notice speaks for all of them.
 */
export function useFailedCompares(): FailedCompares {
  const queryCache = useQueryClient().getQueryCache()
  // Told of compares only: a card that mounts or unmounts adds and removes a dozen observers of
  // other queries, and looking through the whole cache for each of them cost a move 2 ms. Told
  // after the event, as TanStack tells its own hooks: a card rendering for the first time makes
  // its compare's query then, and this notice may not change while another component renders.
  const subscribe = useCallback(
    (listener: () => void) =>
      queryCache.subscribe((event) => {
        if (isCompare(event.query.queryKey as readonly unknown[])) notifyManager.schedule(listener)
      }),
    [queryCache],
  )
  // A stable snapshot: the same object until the count or the first error changes.
  const last = useRef(NONE)
  const snapshot = () => {
    const failed = queryCache.findAll({
      queryKey: githubKeys.compares(),
      predicate: (query) => query.state.status === 'error' && query.getObserversCount() > 0,
    })
    const error = failed[0]?.state.error ?? null
    if (failed.length !== last.current.count || error !== last.current.error) {
      last.current = failed.length === 0 ? NONE : { count: failed.length, error }
    }
    return last.current
  }
  return useSyncExternalStore(subscribe, snapshot)
}

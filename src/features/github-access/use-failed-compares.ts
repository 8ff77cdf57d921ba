import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { githubKeys } from '@/api/keys'

export interface FailedCompares {
  count: number
  /** the first failure's error: GitHub's (or Kolkrabbi's) own words */
  error: unknown
}

const NONE: FailedCompares = { count: 0, error: null }

/**
 * The GitHub compares that failed among those on screen (a query with an observer): the board's
 * drift lines and the promote dialog. One notice speaks for all of them.
 */
export function useFailedCompares(): FailedCompares {
  const queryCache = useQueryClient().getQueryCache()
  const subscribe = useCallback(
    (listener: () => void) => queryCache.subscribe(listener),
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

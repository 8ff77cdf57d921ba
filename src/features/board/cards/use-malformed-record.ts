import { useSyncExternalStore } from 'react'
import { malformedProblem, subscribeMalformed } from '@/api/malformed'

/** What was wrong with the app's record in the last list answer that carried it, if anything. */
export function useMalformedRecord(appId: string) {
  return useSyncExternalStore(subscribeMalformed, () => malformedProblem(appId))
}

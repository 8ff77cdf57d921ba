import { useQuery } from '@tanstack/react-query'
import { releaseQueries, type Release } from '@/api/releases'

/**
 * One release of an app in a promotion (the one copied, or the one a target got): from the
 * board's newest releases when it is the app's newest, else read alone, as the CLI reads it.
 * Undefined until known; `releaseId` empty when there is none yet.
 */
export function useRelease(
  appId: string,
  releaseId: string,
  latestOf: (appId: string) => Release | null | undefined,
): Release | undefined {
  const latest = latestOf(appId)
  const known = releaseId !== '' && latest?.id === releaseId ? latest : undefined
  const detail = useQuery({
    ...releaseQueries.detail(appId, releaseId),
    enabled: appId !== '' && releaseId !== '' && !known,
  })
  return known ?? detail.data
}

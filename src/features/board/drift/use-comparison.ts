import { useQuery } from '@tanstack/react-query'
import { githubQueries, type Comparison } from '@/api/github'
import type { ComparePlan, CompareResult } from '@/lib/drift'

/** Where a compare stands, from its query's answer or failure. */
export function compareResultOf(query: {
  data: Comparison | undefined
  error: Error | null
}): CompareResult<Comparison> {
  if (query.error) return { kind: 'failed', message: query.error.message }
  if (query.data) return { kind: 'compared', comparison: query.data }
  return { kind: 'waiting' }
}

/**
 * GitHub's compare for a plan, when there is one to make, and where it stands. Drift badges, the
 * drift filter and the promote dialog share it, and its cache: two SHAs always compare the same.
 */
export function useComparison(plan: ComparePlan | undefined): CompareResult<Comparison> {
  const comparison = useQuery({
    ...githubQueries.compare(plan?.repo ?? '', plan?.base ?? '', plan?.head ?? ''),
    enabled: plan !== undefined,
  })
  return compareResultOf(comparison)
}

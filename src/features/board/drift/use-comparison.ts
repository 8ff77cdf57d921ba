import { useQuery } from '@tanstack/react-query'
import { githubQueries, type Comparison } from '@/api/github'
import type { ComparePlan, CompareResult } from '@/lib/drift'

/**
 * GitHub's compare for a plan, when there is one to make, and where it stands. Drift badges and
 * the promote dialog share it, and its cache: two SHAs always compare the same.
 */
export function useComparison(plan: ComparePlan | undefined): CompareResult<Comparison> {
  const comparison = useQuery({
    ...githubQueries.compare(plan?.repo ?? '', plan?.base ?? '', plan?.head ?? ''),
    enabled: plan !== undefined,
  })
  if (comparison.isError) return { kind: 'failed', message: comparison.error.message }
  if (comparison.data) return { kind: 'compared', comparison: comparison.data }
  return { kind: 'waiting' }
}

import { useQuery } from '@tanstack/react-query'
import { githubQueries } from '@/api/github'
import type { ComparePlan } from '@/lib/drift'

/**
 * GitHub's compare for a plan, when there is one to make (drift badges and the promote dialog
 * share it, and its cache: two SHAs always compare the same).
 */
export function useComparison(plan: ComparePlan | undefined) {
  return useQuery({
    ...githubQueries.compare(plan?.repo ?? '', plan?.base ?? '', plan?.head ?? ''),
    enabled: plan !== undefined,
  })
}

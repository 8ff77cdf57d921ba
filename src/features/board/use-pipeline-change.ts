import { useQueryClient } from '@tanstack/react-query'
import { appQueries } from '@/api/apps'
import { couplingQueries, isAppCouplingQuery } from '@/api/couplings'

/**
 * After an app joins or leaves a pipeline: the board's lists, the pipelines page's counts and the
 * list of apps free to add all change, and all are refetched from the API.
 */
export function useRefreshAfterCouplingChange() {
  const queryClient = useQueryClient()
  return (pipelineId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['pipelines', pipelineId] }),
      queryClient.invalidateQueries({ queryKey: couplingQueries.all().queryKey }),
      queryClient.invalidateQueries({ queryKey: appQueries.all().queryKey }),
      queryClient.invalidateQueries({ predicate: isAppCouplingQuery }),
    ])
}

import { useQuery } from '@tanstack/react-query'
import { couplingQueries } from '@/api/couplings'
import { configVarQueries } from '@/api/stage-config-vars'
import { lockInto, parseLocks } from '@/lib/locks'

/**
 * The pipeline's stop-the-line locks (src/lib/locks.ts), read with the board's moving parts.
 * Until they are read, nothing is known to be locked.
 */
export function usePipelineLocks(pipelineId: string, enabled = true) {
  return useQuery({ ...configVarQueries.testStage(pipelineId), select: parseLocks, enabled })
}

/**
 * The lock that stops a change to this app (a rollback), from its pipeline and stage; `checking`
 * until both are known; and the stage itself, once known. An app in no pipeline is never locked.
 */
export function useLockOfApp(appId: string, enabled: boolean) {
  const coupling = useQuery({ ...couplingQueries.ofApp(appId), enabled })
  const pipelineId = coupling.data?.pipeline.id ?? ''
  const locks = usePipelineLocks(pipelineId, enabled && pipelineId !== '')
  const lock = coupling.data ? lockInto(locks.data, coupling.data.stage) : null
  // A read that failed leaves the lock unknown: Heroku itself knows no locks, so nothing waits.
  const checking = coupling.isPending || (pipelineId !== '' && locks.isPending)
  return { lock, checking: enabled && checking, stage: coupling.data?.stage }
}

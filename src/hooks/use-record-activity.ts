import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { accountQueries } from '@/api/account'
import { isClientError } from '@/api/client'
import { configVarQueries, patchTestStageVars } from '@/api/stage-config-vars'
import { toast } from '@/components/ui/toast'
import { appendChange, eventKey, type LoggedEvent } from '@/lib/activity-log'

/**
 * Pipelines whose log refused this person (a collaborator on someone's own pipeline may move its
 * apps, not change its config vars): told once, not at every move.
 */
const refusedOnce = new Set<string>()

/** Now, to the millisecond: two things done in one second stay in the order they were done. */
export const nowIso = () => new Date().toISOString()

/**
 * Writes what was just done into the pipeline's activity log (src/lib/activity-log.ts): one
 * request, after the thing itself succeeded. A write that fails does not undo what was done: the
 * person is told, in the API's words, that the activity will not show it (a refusal once a tab).
 */
export function useRecordActivity(pipelineId: string) {
  const queryClient = useQueryClient()
  const account = useQuery(accountQueries.current())
  const by = account.data?.email ?? 'someone'
  return useCallback(
    /** `at`: when Heroku says it happened, where it says so; else now, by this computer's clock. */
    async (event: LoggedEvent, at: string = nowIso()) => {
      const logged = { ...event, by, at }
      const options = configVarQueries.testStage(pipelineId)
      try {
        // The log as last read: it only decides which old events go, never what stays.
        const vars =
          queryClient.getQueryData(options.queryKey) ?? (await queryClient.fetchQuery(options))
        const change = appendChange(vars, logged, eventKey(Date.now()))
        await patchTestStageVars(pipelineId, change)
        // Read again rather than taking the answer: a lock changed meanwhile in this tab may have
        // been answered first, and the locks are read from here.
        void queryClient.invalidateQueries({ queryKey: options.queryKey })
      } catch (error) {
        if (isClientError(error)) {
          if (refusedOnce.has(pipelineId)) return
          refusedOnce.add(pipelineId)
        }
        toast.error('Not written to the activity', {
          description: error instanceof Error ? error.message : String(error),
        })
      }
    },
    [by, pipelineId, queryClient],
  )
}

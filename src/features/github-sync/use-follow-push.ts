import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { refetchBoard } from '@/api/board-refresh'
import { testRunQueries } from '@/api/test-runs'
import { toast } from '@/components/ui/toast'
import { ciVerdict, type PushReport } from '@/lib/pushes'

/** How often the board is read while a push's CI, deploys and review app are under way. */
export const FOLLOW_PUSH_EVERY_MS = 2_000

/**
 * Follows what a push set off on this pipeline: the board's moving parts are read every two
 * seconds until all of it should have happened (and once more), so CI lines, releases and drift
 * change on the board as they happen; and when the CI run a deploy waits for ends, the person is
 * told whether the deploy goes ahead.
 */
export function useFollowPush(pipeline: { id: string; name: string }) {
  const client = useQueryClient()
  const [push, setPush] = useState<PushReport | null>(null)

  useEffect(() => {
    if (!push) return
    const until = push.settlesAt + FOLLOW_PUSH_EVERY_MS
    const timer = setInterval(() => {
      void refetchBoard(client, pipeline.id, 'moving')
      if (Date.now() > until) setPush(null)
    }, FOLLOW_PUSH_EVERY_MS)
    return () => clearInterval(timer)
  }, [client, pipeline.id, push])

  // The board reads the runs (where CI is on); this only watches what it read.
  const runs = useQuery({ ...testRunQueries.ofPipeline(pipeline.id), enabled: false })
  const told = useRef(new Set<string>())
  const number = push?.testRuns.find((run) => run.pipeline === pipeline.name)?.number
  const run = runs.data?.find((r) => r.number === number && r.commit_sha === push?.sha)
  const verdict = push && run ? ciVerdict(push, run) : null
  useEffect(() => {
    if (!verdict || !run || told.current.has(run.id)) return
    told.current.add(run.id)
    if (run.status === 'succeeded') toast.success(verdict)
    else toast.error(verdict)
  }, [verdict, run])

  return { follow: setPush }
}

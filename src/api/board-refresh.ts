import type { QueryClient } from '@tanstack/react-query'
import {
  appKeys,
  configVarKeys,
  couplingKeys,
  pipelineKeys,
  releaseKeys,
  reviewAppKeys,
  testRunKeys,
} from './keys'

/**
 * What moves on a board by itself (others' moves, new releases, review apps, CI, locks): read on a
 * cadence.
 */
const movingParts = (pipelineId: string) => [
  couplingKeys.ofPipeline(pipelineId),
  releaseKeys.latestOfPipeline(pipelineId),
  reviewAppKeys.ofPipeline(pipelineId),
  testRunKeys.ofPipeline(pipelineId),
  configVarKeys.testStage(pipelineId),
]

/** Everything a board lists: read when the user asks, and when its tab comes back into view. */
const everything = (pipelineId: string) => [
  pipelineKeys.detail(pipelineId),
  ...movingParts(pipelineId),
  appKeys.ofPipeline(pipelineId),
]

/**
 * Reads a board's lists again, those on screen, to show what others changed (another tab, the
 * CLI, a teammate). Refetched, not invalidated: other tabs are not told, they refresh on their
 * own. A read already on its way is waited for, not started again.
 */
export function refetchBoard(client: QueryClient, pipelineId: string, what: 'moving' | 'all') {
  const keys = what === 'all' ? everything(pipelineId) : movingParts(pipelineId)
  return Promise.all(
    keys.map((queryKey) =>
      client.refetchQueries({ queryKey, type: 'active' }, { cancelRefetch: false }),
    ),
  )
}

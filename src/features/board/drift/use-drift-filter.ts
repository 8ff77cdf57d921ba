import { useQueries } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { githubQueries } from '@/api/github'
import type { BoardEntry } from '@/lib/board'
import { codeKey, type CodeGroup } from '@/lib/code-groups'
import {
  driftAfterCompare,
  planDrift,
  type ComparePlan,
  type CompareResult,
  type Drift,
  type DriftSide,
} from '@/lib/drift'
import { matchesDrift, type DriftFilter } from '@/lib/drift-filter'
import { BOARD_STAGES, neighbouringStages, type BoardStage } from '@/lib/stages'
import { SHOWN_PER_STAGE } from './drift-list'
import { compareResultOf } from './use-comparison'
import { answers, type RunningCodes } from './use-running-codes'

/** One group of a stage against one group of a neighbouring stage. */
interface GroupPair {
  subject: DriftSide
  other: DriftSide
  plan: ComparePlan | undefined
  settled: Drift | undefined
}

const compareKey = (plan: ComparePlan) => `${plan.repo} ${plan.base}...${plan.head}`

/**
 * Which cards the drift filter lets through: for each app, true or false, or undefined while what
 * decides it is still being read or compared; undefined itself when there is no drift filter.
 *
 * Decided per group of a stage, by the lines its cards show: against the largest groups of each
 * neighbouring stage, as many as a card lists before "more versions". So it asks GitHub for no
 * compare the cards' own lines would not (they share the cache), one per distinct pair of
 * commits, never one per pair of apps; and it finds cards that are not on screen.
 */
export function useDriftFilter(
  groupsOf: (stage: BoardStage) => CodeGroup<BoardEntry>[],
  codes: RunningCodes,
  wanted: DriftFilter | undefined,
): ((entry: BoardEntry) => boolean | undefined) | undefined {
  const filtering = wanted !== undefined
  // Each group of each stage (as `${stage} ${code key}`), with what it is compared against.
  const groups = useMemo(() => {
    if (!filtering) return []
    return BOARD_STAGES.flatMap((stage) =>
      groupsOf(stage).map((group) => {
        const subject: DriftSide = { appId: group.key, name: 'this app', stage, code: group.code }
        const pairs = neighbouringStages(stage).flatMap((neighbour) =>
          groupsOf(neighbour)
            .slice(0, SHOWN_PER_STAGE)
            .map((theirs): GroupPair => {
              const other: DriftSide = {
                appId: theirs.key,
                name: 'them',
                stage: neighbour,
                code: theirs.code,
                many: theirs.apps.length > 1,
              }
              const plan = planDrift(subject, other)
              return {
                subject,
                other,
                plan: plan.kind === 'compare' ? plan.plan : undefined,
                settled: plan.kind === 'settled' ? plan.drift : undefined,
              }
            }),
        )
        return { key: `${stage} ${group.key}`, pairs }
      }),
    )
  }, [groupsOf, filtering])

  const plans = useMemo(() => {
    const distinct = new Map<string, ComparePlan>()
    for (const { pairs } of groups) {
      for (const { plan } of pairs) if (plan) distinct.set(compareKey(plan), plan)
    }
    return [...distinct.values()]
  }, [groups])
  const compared = useQueries({
    queries: plans.map((plan) => githubQueries.compare(plan.repo, plan.base, plan.head)),
    combine: answers,
  })

  // What each compare last came to. A failed compare is asked again when a card showing it mounts
  // (TanStack Query retries on mount), and is "waiting" meanwhile: were its cards then hidden
  // until it fails again, each showing would ask again, for ever.
  const [lastResults] = useState(() => new Map<string, CompareResult>())
  const driftsOf = useMemo(() => {
    const results = new Map(plans.map((plan, i) => [compareKey(plan), compared[i]] as const))
    const driftOf = (pair: GroupPair): Drift => {
      if (pair.settled || !pair.plan) return pair.settled ?? { kind: 'loading' }
      const key = compareKey(pair.plan)
      const answer = results.get(key)
      let result: CompareResult = compareResultOf({
        data: answer?.data,
        error: answer?.error ?? null,
      })
      if (result.kind === 'waiting') result = lastResults.get(key) ?? result
      else lastResults.set(key, result)
      return driftAfterCompare(pair.subject, pair.other, result)
    }
    return new Map(groups.map(({ key, pairs }) => [key, pairs.map(driftOf)]))
  }, [plans, compared, groups, lastResults])

  // Each app's last verdict under this filter. A card the filter showed stays while its verdict is
  // being made again: after a move, its new stage's comparisons take a moment, and a card that
  // vanished under the pointer (or from under keyboard focus) to come back would be lost.
  // Kept by filter and app: another filter's verdict says nothing of this one.
  const [lastVerdicts] = useState(() => new Map<string, boolean>())
  return useMemo(() => {
    if (!wanted) return undefined
    return (entry) => {
      const key = `${wanted} ${entry.appId}`
      // No group of its stage runs its code yet: the grouping has not caught up with a move.
      const drifts = driftsOf.get(`${entry.stage} ${codeKey(codes.codeOf(entry.appId))}`)
      const verdict = drifts && matchesDrift(drifts, wanted)
      if (verdict === undefined) return lastVerdicts.get(key)
      lastVerdicts.set(key, verdict)
      return verdict
    }
  }, [wanted, driftsOf, codes, lastVerdicts])
}

import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { githubQueries } from '@/api/github'
import type { BoardEntry } from '@/lib/board'
import { codeKey } from '@/lib/code-groups'
import {
  driftAfterCompare,
  planDrift,
  type ComparePlan,
  type Drift,
  type DriftSide,
} from '@/lib/drift'
import { matchesDrift, type DriftFilter } from '@/lib/drift-filter'
import { BOARD_STAGES, neighbouringStages } from '@/lib/stages'
import { compareResultOf } from './use-comparison'
import { answers, groupStages, type RunningCodes } from './use-running-codes'

/** One group of a stage against one group of a neighbouring stage. */
interface GroupPair {
  /** the stage's group, as `${stage} ${code key}` */
  of: string
  subject: DriftSide
  other: DriftSide
  plan: ComparePlan | undefined
  settled: Drift | undefined
}

const compareKey = (plan: ComparePlan) => `${plan.repo} ${plan.base}...${plan.head}`

/**
 * Which cards the drift filter lets through: for each app, true or false, or undefined while a
 * comparison that decides it is still being made; undefined itself when there is no drift filter.
 *
 * Decided per group of a stage against each group of its neighbouring stages, as the cards' drift
 * lines are, so it costs one GitHub compare per distinct pair of commits (shared with those
 * lines), never one per pair of apps. Unlike the lines, it compares with every group, not the
 * first few a card shows: a card behind a small group is found all the same.
 */
export function useDriftFilter(
  entries: BoardEntry[],
  codes: RunningCodes,
  wanted: DriftFilter | undefined,
): ((entry: BoardEntry) => boolean | undefined) | undefined {
  const pairs = useMemo(() => {
    if (!wanted) return []
    const groupsOf = groupStages(entries, codes)
    return BOARD_STAGES.flatMap((stage) =>
      groupsOf(stage).flatMap((group) => {
        const subject: DriftSide = { appId: group.key, name: 'these apps', stage, code: group.code }
        return neighbouringStages(stage).flatMap((neighbour) =>
          groupsOf(neighbour).map((theirs): GroupPair => {
            const other: DriftSide = {
              appId: theirs.key,
              name: `the ${neighbour} apps`,
              stage: neighbour,
              code: theirs.code,
              many: true,
            }
            const plan = planDrift(subject, other)
            return {
              of: `${stage} ${group.key}`,
              subject,
              other,
              plan: plan.kind === 'compare' ? plan.plan : undefined,
              settled: plan.kind === 'settled' ? plan.drift : undefined,
            }
          }),
        )
      }),
    )
  }, [entries, codes, wanted])

  const plans = useMemo(() => {
    const distinct = new Map<string, ComparePlan>()
    for (const { plan } of pairs) if (plan) distinct.set(compareKey(plan), plan)
    return [...distinct.values()]
  }, [pairs])
  const compared = useQueries({
    queries: plans.map((plan) => githubQueries.compare(plan.repo, plan.base, plan.head)),
    combine: answers,
  })

  const verdicts = useMemo(() => {
    if (!wanted) return undefined
    const results = new Map(plans.map((plan, i) => [compareKey(plan), compared[i]] as const))
    const driftsOf = new Map<string, Drift[]>()
    for (const pair of pairs) {
      const answer = pair.plan ? results.get(compareKey(pair.plan)) : undefined
      const drift =
        pair.settled ??
        driftAfterCompare(
          pair.subject,
          pair.other,
          compareResultOf({ data: answer?.data, error: answer?.error ?? null }),
        )
      driftsOf.set(pair.of, [...(driftsOf.get(pair.of) ?? []), drift])
    }
    return { driftsOf, wanted }
  }, [wanted, plans, compared, pairs])

  return useMemo(() => {
    if (!verdicts) return undefined
    const { driftsOf, wanted } = verdicts
    return (entry) =>
      matchesDrift(
        driftsOf.get(`${entry.stage} ${codeKey(codes.of(entry.appId).code)}`) ?? [],
        wanted,
      )
  }, [verdicts, codes])
}

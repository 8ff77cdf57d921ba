import type { Stage } from '@/api/couplings'

/** The board's columns, left to right, as Heroku's dashboard shows them. */
export const BOARD_STAGES = ['development', 'review', 'staging', 'production'] as const
export type BoardStage = (typeof BOARD_STAGES)[number]

/** The CLI's promotion order: code flows development -> staging -> production. */
export const PROMOTION_ORDER = ['development', 'staging', 'production'] as const

export const STAGE_LABELS: Record<Stage, string> = {
  test: 'Test',
  review: 'Review',
  development: 'Development',
  staging: 'Staging',
  production: 'Production',
}

const promotionIndex = (stage: Stage) => (PROMOTION_ORDER as readonly Stage[]).indexOf(stage)

/** The stage code is promoted to from `stage`; review, test and production have none. */
export function downstreamOf(stage: Stage): Stage | undefined {
  const index = promotionIndex(stage)
  return index === -1 ? undefined : PROMOTION_ORDER[index + 1]
}

/** The stage that promotes into `stage`, if any. */
export function upstreamOf(stage: Stage): Stage | undefined {
  const index = promotionIndex(stage)
  return index <= 0 ? undefined : PROMOTION_ORDER[index - 1]
}

export const isBoardStage = (stage: Stage): stage is BoardStage =>
  (BOARD_STAGES as readonly Stage[]).includes(stage)

/** The board stages a stage's drift is told against: the one upstream, then the one downstream. */
export const neighbouringStages = (stage: BoardStage): BoardStage[] =>
  [upstreamOf(stage), downstreamOf(stage)].filter(
    (neighbour): neighbour is BoardStage => neighbour !== undefined && isBoardStage(neighbour),
  )

/** How many apps each board stage holds. */
export function countByStage(stages: Iterable<Stage>): Record<BoardStage, number> {
  const counts: Record<BoardStage, number> = {
    development: 0,
    review: 0,
    staging: 0,
    production: 0,
  }
  for (const stage of stages) if (isBoardStage(stage)) counts[stage] += 1
  return counts
}

const INFERRED_STAGES: [RegExp, Stage][] = [
  [/-(dev|development|uat|tst|test|qa)$/, 'development'],
  [/-(stg|staging)$/, 'staging'],
  [/-(prd|prod|production|admin|demo)$/, 'production'],
]

/**
 * The CLI's guess from an app's name (`pipelines:create`): its stage from the suffix, and the name
 * without it as the pipeline's. Anything else is production, named as the app.
 */
export function inferFromAppName(appName: string): { pipelineName: string; stage: Stage } {
  for (const [pattern, stage] of INFERRED_STAGES) {
    if (pattern.test(appName)) return { pipelineName: appName.replace(pattern, ''), stage }
  }
  return { pipelineName: appName, stage: 'production' }
}

import type { Stage } from '@/api/couplings'
import { lockInto, lockSentence, type Locks } from './locks'
import { STAGE_LABELS } from './stages'

/**
 * The stages an app can be moved to by hand, as the CLI's `pipelines:update` prompt offers them.
 * Review holds review apps, which Heroku creates from pull requests; test is Heroku CI's.
 */
export const MOVE_STAGES = ['development', 'staging', 'production'] as const

export type MoveVerdict =
  { kind: 'allowed' } | { kind: 'same-stage' } | { kind: 'refused'; reason: string }

/**
 * Whether an app in `from` may go to `to`. Drag, keyboard and menu all ask this one function, so a
 * column that refuses a drop and a menu that leaves an item out agree on why.
 */
export function judgeMove(from: Stage, to: Stage, locks?: Locks): MoveVerdict {
  if (from === to) return { kind: 'same-stage' }
  if (from === 'review') {
    return { kind: 'refused', reason: 'Review apps come from pull requests and stay in Review.' }
  }
  if (to === 'review') {
    return {
      kind: 'refused',
      reason: 'Review holds review apps, which are created from pull requests.',
    }
  }
  if (!(MOVE_STAGES as readonly Stage[]).includes(to)) {
    return { kind: 'refused', reason: `Apps can't be moved to ${STAGE_LABELS[to]}.` }
  }
  const lock = lockInto(locks, to)
  if (lock) return { kind: 'refused', reason: lockSentence(lock) }
  return { kind: 'allowed' }
}

/**
 * The stages a card's menu offers to move it to, in promotion order. A locked stage is offered
 * all the same: choosing it says who locked it and why.
 */
export function moveTargetsFrom(from: Stage): Stage[] {
  return MOVE_STAGES.filter((to) => judgeMove(from, to).kind === 'allowed')
}

interface Mover {
  name: string
  stage: Stage
}

/**
 * What a screen reader hears during a drag, in app and stage names (never ids). Each says where
 * the card will end up, so nobody has to remember where it started.
 */
export const moveAnnouncements = {
  pickedUp: ({ name, stage }: Mover) => `Picked up ${name}. It is in ${STAGE_LABELS[stage]}.`,
  over: (mover: Mover, to: Stage | undefined, locks?: Locks) => {
    if (!to)
      return `${mover.name} is not over a stage. Dropping now keeps it in ${STAGE_LABELS[mover.stage]}.`
    const verdict = judgeMove(mover.stage, to, locks)
    if (verdict.kind === 'same-stage')
      return `Over ${STAGE_LABELS[to]}, where ${mover.name} is now.`
    if (verdict.kind === 'refused')
      return `Over ${STAGE_LABELS[to]}. Can't drop here: ${verdict.reason}`
    return `Over ${STAGE_LABELS[to]}.`
  },
  dropped: (mover: Mover, to: Stage | undefined, locks?: Locks) => {
    const stays = `${mover.name} stays in ${STAGE_LABELS[mover.stage]}.`
    if (!to) return `Dropped outside the stages. ${stays}`
    const verdict = judgeMove(mover.stage, to, locks)
    // Not "moved" yet: the API has to agree, and the toast that follows says it did (or not).
    if (verdict.kind === 'allowed')
      return `Dropped ${mover.name} in ${STAGE_LABELS[to]}. Asking Heroku to move it.`
    if (verdict.kind === 'same-stage') return `Dropped ${mover.name} where it was. ${stays}`
    return `${verdict.reason} ${stays}`
  },
  cancelled: (mover: Mover) =>
    `Move cancelled. ${mover.name} stays in ${STAGE_LABELS[mover.stage]}.`,
}

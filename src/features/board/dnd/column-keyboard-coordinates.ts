import type { KeyboardCoordinateGetter } from '@dnd-kit/core'
import { BOARD_STAGES, type BoardStage } from '@/lib/stages'
import { dragCardOf } from './drag-card'

const STEPS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/** Where the dragged card's corner sits inside a column: clear of the column's edge and heading. */
const INSET = 12

/**
 * Arrow keys jump a picked-up card from column to column, in board order (right or down goes to
 * the next stage, left or up to the previous), instead of dnd-kit's default 25 px nudges. Down and
 * up matter on a phone, where the columns stack.
 *
 * It remembers the column the last key aimed at: dnd-kit works out what the card is over a frame
 * later, and a quick second key press must start from where the first one went. `reset` forgets
 * it; call it when a drag starts or ends.
 */
export function createColumnKeyboard() {
  let aim: BoardStage | undefined

  const coordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
    const step = STEPS[event.code]
    const card = dragCardOf(context.active)
    if (!step || !card) return undefined
    event.preventDefault()

    const current = aim ?? card.stage
    const next = BOARD_STAGES[BOARD_STAGES.indexOf(current) + step]
    const rect = next && context.droppableRects.get(next)
    if (!rect) return undefined
    aim = next
    return { x: rect.left + INSET, y: rect.top + INSET }
  }

  return {
    coordinateGetter,
    /**
     * Where the keys last aimed, if they did. A drop key pressed within a frame of an arrow key
     * lands where the arrow aimed, before dnd-kit has worked out what the card is over.
     */
    aimed: () => aim,
    reset: () => {
      aim = undefined
    },
  }
}

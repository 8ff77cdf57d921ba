import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core'
import { GripVertical } from 'lucide-react'
import type React from 'react'
import { useRef, useState } from 'react'
import { moveAnnouncements } from '@/lib/moves'
import { STAGE_LABELS, type BoardStage } from '@/lib/stages'
import { createColumnKeyboard } from './column-keyboard-coordinates'
import { useBoardLocks } from '../locks/board-locks'
import { dragCardOf, type DragCard } from './drag-card'

/** The pointer decides while there is one; the keyboard moves a rectangle, so overlap decides. */
const pointerThenOverlap: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args)
  return underPointer.length > 0 ? underPointer : rectIntersection(args)
}

const stageOf = (id: string | number | undefined) => id as BoardStage | undefined

/**
 * Announcements in app and stage names. The card is "over" its own column from the moment it is
 * picked up; saying so then would cut off "Picked up …" in the live region, so that one is only
 * said when the card comes back.
 */
function useAnnouncements(aimed: () => BoardStage | undefined): Announcements {
  const hasLeftHome = useRef(false)
  const locks = useBoardLocks()
  return {
    onDragStart: ({ active }) => {
      hasLeftHome.current = false
      const card = dragCardOf(active)
      return card && moveAnnouncements.pickedUp(card)
    },
    onDragOver: ({ active, over }) => {
      const card = dragCardOf(active)
      const to = stageOf(over?.id)
      if (!card || (to === card.stage && !hasLeftHome.current)) return undefined
      hasLeftHome.current = true
      return moveAnnouncements.over(card, to, locks)
    },
    onDragEnd: ({ active, over }) => {
      const card = dragCardOf(active)
      return card && moveAnnouncements.dropped(card, aimed() ?? stageOf(over?.id), locks)
    },
    onDragCancel: ({ active }) => {
      const card = dragCardOf(active)
      return card && moveAnnouncements.cancelled(card)
    },
  }
}

const screenReaderInstructions = {
  draggable:
    'To move this app to another stage, press Space. Then use the arrow keys to go from stage to stage, Space to drop, or Escape to cancel.',
}

/**
 * Drag and drop for the board. Nothing changes while a card is in the air: the drop makes one
 * call to `onDrop`, which checks the move like the menu does.
 */
export function BoardDnd({
  children,
  onDrop,
}: {
  children: React.ReactNode
  onDrop: (card: DragCard, to: BoardStage) => void
}) {
  const [dragged, setDragged] = useState<DragCard>()
  const [keyboard] = useState(createColumnKeyboard)
  const announcements = useAnnouncements(keyboard.aimed)
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter }),
  )

  const endDrag = () => {
    setDragged(undefined)
    keyboard.reset()
  }

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    const to = keyboard.aimed() ?? stageOf(over?.id)
    // The aim is kept until the next drag starts: the drop's announcement, said after this,
    // names the same stage.
    setDragged(undefined)
    const card = dragCardOf(active)
    if (card && to) onDrop(card, to)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerThenOverlap}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={({ active }) => {
        keyboard.reset()
        setDragged(dragCardOf(active))
      }}
      onDragEnd={handleDragEnd}
      onDragCancel={endDrag}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className="flex cursor-grabbing items-center gap-2 rounded-lg border border-violet-300 bg-white px-3 py-2.5 shadow-xl ring-2 ring-violet-500/30">
            <GripVertical aria-hidden="true" className="size-4 text-violet-600" />
            <span className="font-semibold text-slate-900">{dragged.name}</span>
            <span className="text-xs text-slate-600">from {STAGE_LABELS[dragged.stage]}</span>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}

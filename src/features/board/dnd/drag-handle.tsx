import type { useDraggable } from '@dnd-kit/core'
import { GripVertical } from 'lucide-react'

type Draggable = ReturnType<typeof useDraggable>

/**
 * The card's grip: a real button named for the app, which pointer, touch and keyboard all pick up.
 * `touch-none` lets a finger drag it instead of scrolling the page.
 */
export function DragHandle({
  id,
  appName,
  attributes,
  listeners,
  setActivatorNodeRef,
}: Pick<Draggable, 'attributes' | 'listeners' | 'setActivatorNodeRef'> & {
  id: string
  appName: string
}) {
  return (
    <button
      type="button"
      id={id}
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={`Move ${appName}`}
      className="-ml-1 inline-flex size-7 shrink-0 cursor-grab touch-none items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-violet-600 active:cursor-grabbing"
    >
      <GripVertical aria-hidden="true" className="size-4" />
    </button>
  )
}

import { useDraggable } from '@dnd-kit/core'
import { useCallback, useId, useLayoutEffect, useRef } from 'react'
import { Tooltip } from '@/components/ui/tooltip'
import { CardIcon } from '../card-icons'
import type { DragCard } from './drag-card'

/** The attribute that marks a card's outer element: what is measured and dimmed while dragged. */
export const DRAG_CARD_ATTRIBUTE = 'data-drag-card'

/**
 * One element for every grip: dnd-kit renders all the grips again when a drag starts or ends, and
 * React skips an element it has already rendered.
 */
const GRIP = <CardIcon name="grip" />

/**
 * The card's grip: a real button named for the app, which pointer, touch and keyboard all pick up.
 * `touch-none` lets a finger drag it instead of scrolling the page.
 *
 * The grip, not the card, follows the drag: dnd-kit renders every draggable again at each step of
 * a drag, and on a board of 2,000 apps that must be a button, not a card with its drift and menus.
 * The card it drags is its closest element marked with `data-drag-card`.
 */
export function DragHandle({
  id,
  card,
  blocker = null,
}: {
  id: string
  card: DragCard
  /** why the person may not move this app, or null when they may */
  blocker?: string | null
}) {
  const { setNodeRef, isDragging, attributes, listeners, setActivatorNodeRef } = useDraggable({
    id: card.appId,
    data: card,
    disabled: blocker !== null,
  })
  const reasonId = useId()
  const button = useRef<HTMLButtonElement | null>(null)
  // The card is in the document when the button is attached, whatever React attaches first.
  const attach = useCallback(
    (element: HTMLButtonElement | null) => {
      button.current = element
      setActivatorNodeRef(element)
      setNodeRef(element?.closest<HTMLElement>(`[${DRAG_CARD_ATTRIBUTE}]`) ?? null)
    },
    [setActivatorNodeRef, setNodeRef],
  )
  useLayoutEffect(() => {
    const node = button.current?.closest<HTMLElement>(`[${DRAG_CARD_ATTRIBUTE}]`)
    if (node) node.dataset.dragging = String(isDragging)
  }, [isDragging])

  if (blocker) {
    // Neither pointer nor keyboard picks it up; hover and focus say why.
    return (
      <>
        <Tooltip content={blocker} showOnPress>
          <button
            type="button"
            id={id}
            ref={attach}
            aria-disabled="true"
            aria-describedby={reasonId}
            aria-label={`Move ${card.name}`}
            className="-ml-1 inline-flex size-7 shrink-0 cursor-not-allowed items-center justify-center rounded text-slate-300 focus-visible:outline-2 focus-visible:outline-violet-600"
          >
            {GRIP}
          </button>
        </Tooltip>
        <span id={reasonId} hidden>
          {blocker}
        </span>
      </>
    )
  }
  return (
    <button
      type="button"
      id={id}
      ref={attach}
      {...attributes}
      {...listeners}
      aria-label={`Move ${card.name}`}
      className="-ml-1 inline-flex size-7 shrink-0 cursor-grab touch-none items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-violet-600 active:cursor-grabbing"
    >
      {GRIP}
    </button>
  )
}

import * as PopoverPrimitive from '@radix-ui/react-popover'
import type React from 'react'
import { cloneElement, useEffect, useId, useRef, useState } from 'react'

/** How long a pointer rests on the trigger before the tip shows (Radix's tooltip waits as long). */
const OPEN_DELAY_MS = 300
/** How long the tip stays once the pointer leaves, so the pointer can cross over to it. */
const CLOSE_GRACE_MS = 150

type TriggerProps = React.HTMLAttributes<HTMLElement>

/**
 * A tip on hover and on keyboard focus, described to screen readers while it shows.
 *
 * Built for screens that show hundreds (every card has one or two): the trigger is the element
 * given, with a few handlers, and Radix's parts (a positioner, a dismissable layer, a portal) are
 * mounted on the first hover or focus, not with the card. Radix's own tooltip cannot join later
 * without replacing its trigger, which may be the element that has focus; its popover, anchored
 * to the trigger, can. What the tooltip's trigger would do is done here: the delay, the grace
 * to reach the tip, no tip for a press, Escape (the popover's dismissable layer) and the
 * description.
 */
export function Tooltip({
  content,
  children,
  showOnPress = false,
}: {
  content: React.ReactNode
  children: React.ReactElement<TriggerProps>
  /**
   * A press shows the tip too: for a control that does nothing but explain (why something is
   * not allowed), where a finger has no hover to ask with.
   */
  showOnPress?: boolean
}) {
  const [used, setUsed] = useState(false)
  const [open, setOpen] = useState(false)
  // The trigger, as its hover or focus found it: the tip is placed against it.
  const anchor = useRef<HTMLElement | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const pressed = useRef(false)
  const tipId = useId()
  useEffect(() => () => clearTimeout(timer.current), [])

  const after = (ms: number, next: boolean) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setOpen(next), ms)
  }
  const showNow = () => {
    clearTimeout(timer.current)
    setUsed(true)
    setOpen(true)
  }
  const hideNow = () => {
    clearTimeout(timer.current)
    setOpen(false)
  }

  const own = children.props
  // The refs are read in the handlers below, on events; the rule cannot see that through
  // cloneElement's props.
  // eslint-disable-next-line react-hooks/refs
  const trigger = cloneElement(children, {
    // A trigger that describes itself already (a disabled button's reason) keeps that alone.
    'aria-describedby': own['aria-describedby'] ?? (open ? tipId : undefined),
    onPointerEnter: (event: React.PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(event)
      // A finger's press is not a hover: it would show the tip as the button acts.
      if (event.pointerType === 'touch') return
      anchor.current = event.currentTarget
      setUsed(true)
      after(OPEN_DELAY_MS, true)
    },
    onPointerLeave: (event: React.PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(event)
      after(CLOSE_GRACE_MS, false)
    },
    onPointerDown: (event: React.PointerEvent<HTMLElement>) => {
      own.onPointerDown?.(event)
      pressed.current = true
      hideNow()
    },
    onClick: (event: React.MouseEvent<HTMLElement>) => {
      own.onClick?.(event)
      if (!showOnPress) return
      anchor.current = event.currentTarget
      showNow()
    },
    onFocus: (event: React.FocusEvent<HTMLElement>) => {
      own.onFocus?.(event)
      // Focus from a press is the press's; focus from the keyboard (or given back) shows the tip.
      anchor.current = event.currentTarget
      if (!pressed.current) showNow()
      pressed.current = false
    },
    onBlur: (event: React.FocusEvent<HTMLElement>) => {
      own.onBlur?.(event)
      pressed.current = false
      hideNow()
    },
  })

  return (
    <>
      {trigger}
      {used && (
        <PopoverPrimitive.Root open={open} onOpenChange={setOpen}>
          <PopoverPrimitive.Anchor virtualRef={anchor} />
          <PopoverPrimitive.Portal>
            <PopoverPrimitive.Content
              id={tipId}
              role="tooltip"
              side="top"
              sideOffset={4}
              collisionPadding={8}
              // A tip never takes focus, nor gives it back: the trigger keeps it throughout.
              onOpenAutoFocus={(event) => event.preventDefault()}
              onCloseAutoFocus={(event) => event.preventDefault()}
              onPointerEnter={() => clearTimeout(timer.current)}
              onPointerLeave={() => after(CLOSE_GRACE_MS, false)}
              className="z-50 max-w-xs rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg"
            >
              {content}
              <PopoverPrimitive.Arrow className="fill-slate-900" />
            </PopoverPrimitive.Content>
          </PopoverPrimitive.Portal>
        </PopoverPrimitive.Root>
      )}
    </>
  )
}

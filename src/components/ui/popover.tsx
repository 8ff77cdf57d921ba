import * as PopoverPrimitive from '@radix-ui/react-popover'
import type React from 'react'
import { useId, useRef, useState } from 'react'
import { cn } from '@/lib/cn'

// Radix handles focus, Escape, outside clicks and positioning; we only style it.
export function PopoverContent({
  className,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        sideOffset={6}
        collisionPadding={12}
        className={cn(
          'z-50 w-[min(28rem,calc(100vw-1.5rem))] rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-xl focus:outline-none',
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  )
}

type PopoverButtonProps = Omit<React.ComponentProps<'button'>, 'onClick' | 'type'> & {
  /** the popover's panel: its props and children, rendered once the button is first pressed */
  panel: React.ComponentProps<typeof PopoverContent>
}

/**
 * A button that opens a popover, for screens that show hundreds of them (a board's drift lines).
 * Radix's popover (a context, a positioner, a portal and a presence per button) is mounted on the
 * first press, not with the button: a card that lands or scrolls into view mounts plain buttons.
 *
 * The button is the popover's anchor rather than Radix's trigger, which cannot join later without
 * replacing the element that has focus. What the trigger would do is done here: its ARIA state,
 * the toggle, and focus back on the button when the popover closes, unless the user went elsewhere.
 */
export function PopoverButton({ panel, ...button }: PopoverButtonProps) {
  const [used, setUsed] = useState(false)
  const [open, setOpen] = useState(false)
  const anchor = useRef<HTMLButtonElement>(null)
  const wentElsewhere = useRef(false)
  const panelId = useId()

  return (
    <>
      <button
        {...button}
        ref={anchor}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-state={open ? 'open' : 'closed'}
        onClick={() => {
          setUsed(true)
          setOpen(!open)
        }}
      />
      {used && (
        <PopoverPrimitive.Root open={open} onOpenChange={setOpen}>
          <PopoverPrimitive.Anchor virtualRef={anchor} />
          <PopoverContent
            id={panelId}
            {...panel}
            onInteractOutside={(event) => {
              panel.onInteractOutside?.(event)
              // A press on the button itself toggles it: the popover must not close first and
              // open again on the click.
              if (anchor.current?.contains(event.target as Node)) event.preventDefault()
              else wentElsewhere.current = true
            }}
            onCloseAutoFocus={(event) => {
              panel.onCloseAutoFocus?.(event)
              event.preventDefault()
              if (!wentElsewhere.current) anchor.current?.focus()
              wentElsewhere.current = false
            }}
          />
        </PopoverPrimitive.Root>
      )}
    </>
  )
}

import * as MenuPrimitive from '@radix-ui/react-dropdown-menu'
import type React from 'react'
import { cloneElement, useEffect, useState } from 'react'
import { cn } from '@/lib/cn'

// Radix gives the menu its roles, roving focus, typeahead, Escape and focus return; we style it.
// Not modal: like a native menu button, it does not hide the rest of the page from screen readers.
export function DropdownMenu(props: React.ComponentProps<typeof MenuPrimitive.Root>) {
  return <MenuPrimitive.Root modal={false} {...props} />
}
export const DropdownMenuTrigger = MenuPrimitive.Trigger

/** The keys that open a menu from its button, as Radix's trigger takes them. */
const OPENING_KEYS = ['Enter', ' ', 'ArrowDown']

/**
 * A button that opens a menu, for screens that show hundreds of them (a card each). Radix's menu
 * (a context, a positioner, a collection and a presence per button) is mounted on the first
 * press, not with the button: a card that lands or scrolls into view mounts a plain button.
 *
 * The first press does what Radix's trigger would, then hands over to it: the menu opens and
 * takes focus, so the plain button being replaced by Radix's loses nothing, and Radix gives focus
 * back to its own button (same id and name) when the menu closes. Opened by keyboard, the first
 * item is focused, as Radix does once it is listening.
 */
export function MenuButton({
  button,
  children,
}: {
  button: React.ReactElement<React.ComponentProps<'button'>>
  /** the menu's `DropdownMenuContent` */
  children: React.ReactElement
}) {
  const [openedBy, setOpenedBy] = useState<'pointer' | 'keyboard'>()
  const [open, setOpen] = useState(false)
  const used = openedBy !== undefined

  useEffect(() => {
    if (openedBy !== 'keyboard') return
    // Radix has focused the menu by now (its effects run before this one): on to its first item.
    const menuId = document.getElementById(button.props.id ?? '')?.getAttribute('aria-controls')
    const menu = menuId ? document.getElementById(menuId) : null
    menu?.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus()
    // Once, as the menu first opens: later openings are Radix's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [used])

  if (!used) {
    return cloneElement(button, {
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      // @ts-expect-error data attributes are valid props; React's types do not list them
      'data-state': 'closed',
      onPointerDown: (event: React.PointerEvent<HTMLButtonElement>) => {
        button.props.onPointerDown?.(event)
        if (event.button !== 0 || event.ctrlKey) return
        // As Radix's trigger: the menu takes focus, the button does not.
        event.preventDefault()
        setOpenedBy('pointer')
        setOpen(true)
      },
      onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => {
        button.props.onKeyDown?.(event)
        if (!OPENING_KEYS.includes(event.key)) return
        event.preventDefault()
        setOpenedBy('keyboard')
        setOpen(true)
      },
    })
  }

  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>{button}</DropdownMenuTrigger>
      {children}
    </DropdownMenu>
  )
}

export function DropdownMenuContent({
  className,
  ...props
}: React.ComponentProps<typeof MenuPrimitive.Content>) {
  // No portal: the menu stays in the DOM beside its button, inside the page's landmarks, where a
  // screen reader browsing the page finds it. Radix positions it (fixed) above everything anyway.
  return (
    <MenuPrimitive.Content
      sideOffset={4}
      collisionPadding={12}
      align="end"
      className={cn(
        'z-50 min-w-52 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-xl focus:outline-none',
        className,
      )}
      {...props}
    />
  )
}

export function DropdownMenuItem({
  className,
  tone = 'default',
  ...props
}: React.ComponentProps<typeof MenuPrimitive.Item> & { tone?: 'default' | 'danger' }) {
  return (
    <MenuPrimitive.Item
      className={cn(
        'flex cursor-default items-center gap-2 rounded-md px-2.5 py-1.5 outline-none select-none data-disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0',
        tone === 'danger'
          ? 'text-red-800 data-highlighted:bg-red-50 [&_svg]:text-red-700'
          : 'text-slate-800 data-highlighted:bg-violet-50 data-highlighted:text-violet-950 [&_svg]:text-slate-500',
        className,
      )}
      {...props}
    />
  )
}

export function DropdownMenuLabel({
  className,
  ...props
}: React.ComponentProps<typeof MenuPrimitive.Label>) {
  return (
    <MenuPrimitive.Label
      className={cn('px-2.5 pt-1.5 pb-1 text-xs font-medium text-slate-600', className)}
      {...props}
    />
  )
}

export function DropdownMenuSeparator({
  className,
  ...props
}: React.ComponentProps<typeof MenuPrimitive.Separator>) {
  return <MenuPrimitive.Separator className={cn('my-1 h-px bg-slate-200', className)} {...props} />
}

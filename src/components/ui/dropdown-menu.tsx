import * as MenuPrimitive from '@radix-ui/react-dropdown-menu'
import type React from 'react'
import { cn } from '@/lib/cn'

// Radix gives the menu its roles, roving focus, typeahead, Escape and focus return; we style it.
// Not modal: like a native menu button, it does not hide the rest of the page from screen readers.
export function DropdownMenu(props: React.ComponentProps<typeof MenuPrimitive.Root>) {
  return <MenuPrimitive.Root modal={false} {...props} />
}
export const DropdownMenuTrigger = MenuPrimitive.Trigger

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

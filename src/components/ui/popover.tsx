import * as PopoverPrimitive from '@radix-ui/react-popover'
import type React from 'react'
import { cn } from '@/lib/cn'

// Radix handles focus, Escape, outside clicks and positioning; we only style it.
export const Popover = PopoverPrimitive.Root
export const PopoverTrigger = PopoverPrimitive.Trigger

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

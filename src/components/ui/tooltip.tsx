import * as TooltipPrimitive from '@radix-ui/react-tooltip'
import type React from 'react'
import { cn } from '@/lib/cn'

/**
 * Radix shows the tip on hover and on keyboard focus, and wires aria-describedby. Each tooltip
 * brings its own provider: Radix's tooltip code then loads with the pages that show one (the
 * board), not with the first screen.
 */
export function Tooltip({
  content,
  children,
}: {
  content: React.ReactNode
  children: React.ReactElement
}) {
  return (
    <TooltipPrimitive.Provider delayDuration={300}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger asChild>{children}</TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content
            sideOffset={4}
            className={cn(
              'z-50 max-w-xs rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg',
            )}
          >
            {content}
            <TooltipPrimitive.Arrow className="fill-slate-900" />
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  )
}

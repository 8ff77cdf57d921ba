import { AlertTriangle } from 'lucide-react'
import type React from 'react'
import { cn } from '@/lib/cn'

/** A warning the user should read before going on: an amber box with its sign. */
export function WarningNote({ className, children, ...props }: React.ComponentProps<'div'>) {
  return (
    <div
      role="note"
      className={cn(
        'flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950',
        className,
      )}
      {...props}
    >
      <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
      {children}
    </div>
  )
}

/** Said before a change to production is sent: what it changes. */
export function ProductionNote({ children }: { children: React.ReactNode }) {
  return (
    <WarningNote className="mt-4">
      <p>{children}</p>
    </WarningNote>
  )
}

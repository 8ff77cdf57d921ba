import type React from 'react'
import { cn } from '@/lib/cn'

/**
 * A grey placeholder in the shape of what is loading; hidden from assistive technology. A span, so
 * it may stand anywhere text may (inside a heading or a paragraph).
 */
export function Skeleton({ className, ...props }: React.ComponentProps<'span'>) {
  return (
    <span
      aria-hidden="true"
      className={cn('block animate-pulse rounded bg-slate-200', className)}
      {...props}
    />
  )
}

import type React from 'react'
import { cn } from '@/lib/cn'

/**
 * A grey placeholder in the shape of what is loading; hidden from assistive technology. A span, so
 * it may stand anywhere text may (inside a heading or a paragraph).
 */
export function Skeleton({
  className,
  inline = false,
  ...props
}: React.ComponentProps<'span'> & {
  /** stands in a line of text (an owner's name), rather than as a block of its own */
  inline?: boolean
}) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        inline ? 'inline-block align-middle' : 'block',
        'animate-pulse rounded bg-slate-200',
        className,
      )}
      {...props}
    />
  )
}

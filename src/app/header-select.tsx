import type React from 'react'
import { useId } from 'react'
import { cn } from '@/lib/cn'

/**
 * A choice in the violet header (the demo's data, whom it acts as). On a phone the select says
 * enough: the label is kept for screen readers.
 */
export function HeaderSelect({
  label,
  labelHidden = false,
  className,
  ...props
}: React.ComponentProps<'select'> & {
  label: string
  /** for screen readers only, at every size: the options say what they choose */
  labelHidden?: boolean
}) {
  const id = useId()
  return (
    <div className="flex items-center gap-1.5">
      <label
        htmlFor={id}
        className={cn('sr-only text-violet-100', !labelHidden && 'sm:not-sr-only')}
      >
        {label}
      </label>
      <select
        id={id}
        className={cn(
          'h-8 rounded-md border border-violet-700 bg-violet-800 px-2 text-sm text-white focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-white',
          className,
        )}
        {...props}
      />
    </div>
  )
}

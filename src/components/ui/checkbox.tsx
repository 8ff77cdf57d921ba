import type React from 'react'
import { cn } from '@/lib/cn'

/** A checkbox with its label beside it; `disabled` greys the words too. */
export function Checkbox({
  checked,
  onChange,
  disabled,
  children,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
  children: React.ReactNode
}) {
  return (
    <label
      className={cn(
        'flex items-center gap-2 text-sm',
        disabled ? 'text-slate-500' : 'text-slate-800',
      )}
    >
      <input
        type="checkbox"
        className="size-4 rounded border-slate-400 accent-violet-700"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  )
}

import type React from 'react'
import { useId } from 'react'
import { cn } from '@/lib/cn'

export const inputClasses =
  'block h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus-visible:border-violet-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-violet-600 aria-invalid:border-red-600'

/** A text box for names and ids: no autocorrect or spellcheck squiggles under `billing-api-dev`. */
export function TextInput({ className, ...props }: React.ComponentProps<'input'>) {
  return (
    <input
      className={cn(inputClasses, className)}
      autoComplete="off"
      spellCheck={false}
      {...props}
    />
  )
}

interface FieldProps {
  label: string
  /** shown under the control; replaced by the error when there is one */
  hint?: React.ReactNode
  error?: string | null
  className?: string
  /** renders the control with the ids that tie it to its label, hint and error */
  children: (control: {
    id: string
    'aria-describedby': string | undefined
    'aria-invalid': boolean
  }) => React.ReactNode
}

/** A labelled form control with its hint or its error, wired for screen readers. */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId()
  const noteId = `${id}-note`
  const note = error ?? hint
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': note ? noteId : undefined,
        'aria-invalid': Boolean(error),
      })}
      {note && (
        <p
          id={noteId}
          // An error is said as it appears, not only when the field is next focused.
          role={error ? 'alert' : undefined}
          className={cn('text-xs', error ? 'font-medium text-red-800' : 'text-slate-600')}
        >
          {note}
        </p>
      )}
    </div>
  )
}

import { Search } from 'lucide-react'
import type React from 'react'
import { useId } from 'react'
import { cn } from '@/lib/cn'
import { inputClasses } from './field'

/**
 * A list's filter row, as the pipelines page and the board have it: a search box, choices beside
 * it, and what they show. The status is there from the start, so that what comes into it is
 * announced.
 */
export function FilterBar({ children, status }: { children: React.ReactNode; status: string }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
      {children}
      <p role="status" className="text-sm text-slate-600">
        {status}
      </p>
    </div>
  )
}

/** The search box of a filter row; `/` reaches it (see the shortcuts). */
export function SearchBox({
  label,
  placeholder,
  value,
  onChange,
}: {
  /** its name for screen readers: "Filter apps" */
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className="relative w-full max-w-md">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500"
      />
      <input
        id={id}
        type="search"
        data-shortcut="filter"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        className={cn(inputClasses, 'pl-8')}
      />
    </div>
  )
}

/** A labelled choice of a filter row ("Sort", "Drift"): `options` in order, by value. */
export function FilterChoice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: T
  options: Record<T, string>
  onChange: (value: T) => void
}) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      {label}
      <select
        value={value}
        // The select offers `options` alone: its value is one of them.
        onChange={(event) => onChange(event.target.value as T)}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
      >
        {(Object.entries(options) as [T, string][]).map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </select>
    </label>
  )
}

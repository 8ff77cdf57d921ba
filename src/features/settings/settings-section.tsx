import type React from 'react'
import { useId } from 'react'

/** One part of the Settings page: a titled region of its own. */
export function SettingsSection({
  title,
  id,
  children,
}: {
  title: string
  /** the heading's id, when focus may be sent to it */
  id?: string
  children: React.ReactNode
}) {
  const ownId = useId()
  const headingId = id ?? ownId
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2
        id={headingId}
        tabIndex={-1}
        className="mb-3 text-base font-semibold text-slate-900 focus:outline-none"
      >
        {title}
      </h2>
      {children}
    </section>
  )
}

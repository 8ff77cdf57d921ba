import type React from 'react'
import { useId } from 'react'

/** One part of the Settings page: a titled region of its own. */
export function SettingsSection({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="mb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

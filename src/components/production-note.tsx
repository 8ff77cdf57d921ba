import { AlertTriangle } from 'lucide-react'
import type React from 'react'

/** Said before a change to production is sent: what it changes, in a box that stands out. */
export function ProductionNote({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="note"
      className="mt-4 flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
      <span>{children}</span>
    </p>
  )
}

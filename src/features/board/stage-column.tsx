import type React from 'react'
import { plural } from '@/lib/format'
import { STAGE_LABELS, type BoardStage } from '@/lib/stages'

interface StageColumnProps {
  stage: BoardStage
  count: number
  /** review apps still being created: counted apart, they are pull requests, not apps yet */
  pendingCount?: number
  children: React.ReactNode
}

const EMPTY_HINTS: Record<BoardStage, string> = {
  development: 'Add an app where your team tries changes before staging.',
  review: 'Review apps appear here when pull requests open.',
  staging: 'Add an app to test releases before production.',
  production: 'Add the app your users rely on.',
}

/** A stage: a landmark named after it, with a heading, its app count, and its cards. */
export function StageColumn({ stage, count, pendingCount = 0, children }: StageColumnProps) {
  const headingId = `stage-${stage}`
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col rounded-xl border border-slate-200 bg-slate-100/70 p-3"
    >
      <header className="mb-3 flex items-baseline justify-between gap-2 px-1">
        <h2 id={headingId} className="text-sm font-semibold tracking-wide text-slate-800 uppercase">
          {STAGE_LABELS[stage]}
        </h2>
        <span className="text-xs text-slate-600">
          {plural(count, 'app')}
          {pendingCount > 0 && ` · ${pendingCount} pending`}
        </span>
      </header>
      {count + pendingCount === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          <p className="font-medium text-slate-700">No apps in {STAGE_LABELS[stage]}</p>
          <p className="mt-1 text-xs">{EMPTY_HINTS[stage]}</p>
        </div>
      ) : (
        <ul className="space-y-3">{children}</ul>
      )}
    </section>
  )
}

import { useDndContext, useDroppable } from '@dnd-kit/core'
import { Ban } from 'lucide-react'
import type React from 'react'
import { cn } from '@/lib/cn'
import { formatCount } from '@/lib/format'
import { judgeMove, type MoveVerdict } from '@/lib/moves'
import { STAGE_LABELS, type BoardStage } from '@/lib/stages'
import { useBoardLocks } from './locks/board-locks'
import { dragCardOf } from './dnd/drag-card'

interface StageColumnProps {
  stage: BoardStage
  count: number
  /** how many of its cards the board's filter lets through; undefined without a filter */
  shownCount?: number
  /** the stage at a glance: "1,300 apps · 3 versions: 1,240 on 84fd456, …" */
  summary: string
  /** review apps still being created: counted apart, they are pull requests, not apps yet */
  pendingCount?: number
  /** a control for the column's header, such as "Add app" */
  action?: React.ReactNode
  /** said under the header, above the cards: the stage's lock */
  notice?: React.ReactNode
  /** the column's list of cards */
  children: React.ReactNode
}

const EMPTY_HINTS: Record<BoardStage, string> = {
  development: 'Add an app where your team tries changes before staging.',
  review: 'Review apps appear here when pull requests open.',
  staging: 'Add an app to test releases before production.',
  production: 'Add the app your users rely on.',
}

/**
 * How a column looks while a card is dragged: whether it takes the card, and why not. Borders stay
 * solid: a column of 1,300 cards is 300,000 px tall, and Chromium draws a dashed border that long
 * dash by dash, which kept a move from being painted for up to a second. What colour alone would
 * say is also said in words: "Drop here" in the header, the reason over a column that refuses.
 */
function dropLook(verdict: MoveVerdict | undefined, isOver: boolean) {
  if (!verdict) return 'border-slate-200 bg-slate-100/70'
  if (verdict.kind === 'refused') return 'border-red-300 bg-slate-100/70'
  if (verdict.kind === 'same-stage') return 'border-slate-200 bg-slate-100/70'
  return isOver
    ? 'border-violet-500 bg-violet-50 ring-2 ring-violet-500/40'
    : 'border-violet-300 bg-violet-50/40'
}

/** A stage: a landmark named after it, with a heading, its app count, and its cards. A drop target. */
export function StageColumn({
  stage,
  count,
  shownCount,
  summary,
  pendingCount = 0,
  action,
  notice,
  children,
}: StageColumnProps) {
  const headingId = `stage-${stage}`
  const { setNodeRef, isOver } = useDroppable({ id: stage })
  const dragged = dragCardOf(useDndContext().active)
  const locks = useBoardLocks()
  const verdict = dragged && judgeMove(dragged.stage, stage, locks)

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-drop={verdict?.kind}
      className={cn(
        // Below the stage bar a narrow screen keeps at the top, when it jumps here.
        'relative flex min-w-0 scroll-mt-16 flex-col rounded-xl border p-3 transition-colors',
        dropLook(verdict, isOver),
      )}
    >
      <header className="mb-3 flex min-h-8 items-start justify-between gap-2 px-1">
        <div className="min-w-0 pt-1.5">
          <h2
            id={headingId}
            // The stage bar of a narrow screen brings focus here (stage-jump-bar.tsx).
            tabIndex={-1}
            className="w-fit rounded-sm text-sm font-semibold tracking-wide text-slate-800 uppercase focus:outline-2 focus:outline-offset-2 focus:outline-violet-600"
          >
            {STAGE_LABELS[stage]}
          </h2>
          {/* Two lines kept side by side: the versions arrive after the count, and must not
              push the column's cards down under a pointer about to click one. */}
          <p className="mt-0.5 text-xs text-slate-600 lg:min-h-[2lh]">
            {summary}
            {pendingCount > 0 && ` · ${pendingCount} pending`}
            {shownCount !== undefined && ` · ${formatCount(shownCount)} shown`}
          </p>
        </div>
        {verdict?.kind === 'allowed' && (
          <span className="shrink-0 rounded-md border border-dashed border-violet-400 bg-white px-2 py-1 text-xs font-medium text-violet-800">
            Drop here
          </span>
        )}
        {/* Hidden while "Drop here" stands in its place, not unmounted: a drop would otherwise
            mount three dialogs again in the render that lands the card. */}
        {action && (
          <div className={verdict?.kind === 'allowed' ? 'hidden' : 'shrink-0'}>{action}</div>
        )}
      </header>
      {notice}
      {count + pendingCount === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          <p className="font-medium text-slate-700">No apps in {STAGE_LABELS[stage]}</p>
          <p className="mt-1 text-xs">{EMPTY_HINTS[stage]}</p>
        </div>
      ) : shownCount === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          No app in {STAGE_LABELS[stage]} matches the filter.
        </p>
      ) : (
        children
      )}
      {verdict?.kind === 'refused' && (
        // Laid over the column rather than pushed into it: nothing shifts under the pointer.
        <div className="pointer-events-none absolute inset-0 flex items-start justify-center rounded-xl bg-red-50/75 px-3 pt-12">
          <p className="flex max-w-64 gap-2 rounded-lg border border-red-200 bg-white px-3 py-2 text-xs font-medium text-red-900 shadow-sm">
            <Ban aria-hidden="true" className="size-4 shrink-0 text-red-700" />
            <span>Can't drop here. {verdict.reason}</span>
          </p>
        </div>
      )}
    </section>
  )
}

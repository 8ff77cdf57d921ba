import { formatCount } from '@/lib/format'
import { BOARD_STAGES, STAGE_LABELS, type BoardStage } from '@/lib/stages'

/**
 * On a narrow screen the columns stack, and a board is a long page: this bar, kept at the top,
 * goes to a stage in one tap (the column's heading takes focus, so a screen reader or the
 * keyboard carries on from there). From `lg` up the four columns sit side by side, and it hides.
 */
export function StageJumpBar({ counts }: { counts: Record<BoardStage, number> }) {
  const jump = (stage: BoardStage) => {
    const heading = document.getElementById(`stage-${stage}`)
    if (!heading) return
    heading.closest('section')?.scrollIntoView({ block: 'start' })
    heading.focus({ preventScroll: true })
  }
  return (
    <nav
      aria-label="Stages"
      className="sticky top-0 z-20 -mx-4 mb-3 bg-slate-50/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 lg:hidden"
    >
      <ul className="grid grid-cols-4 gap-1.5">
        {BOARD_STAGES.map((stage) => (
          <li key={stage}>
            <button
              type="button"
              onClick={() => jump(stage)}
              className="flex w-full flex-col items-center rounded-md border border-slate-300 bg-white px-1 py-1 text-xs font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-violet-600"
            >
              {STAGE_LABELS[stage]}
              <span className="text-slate-600 tabular-nums">
                <span className="sr-only">, </span>
                {formatCount(counts[stage])}
                <span className="sr-only"> {counts[stage] === 1 ? 'app' : 'apps'}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}

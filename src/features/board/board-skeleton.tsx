import { Skeleton } from '@/components/ui/skeleton'
import { BOARD_STAGES } from '@/lib/stages'

/** The board's shape while it loads: four columns of card outlines. */
export function BoardSkeleton() {
  return (
    <div aria-hidden="true" className="grid gap-4 lg:grid-cols-4">
      {BOARD_STAGES.map((stage, column) => (
        <div key={stage} className="rounded-xl border border-slate-200 bg-slate-100/70 p-3">
          <Skeleton className="mb-4 h-4 w-24" />
          {Array.from({ length: column === 1 ? 2 : 1 }, (_, card) => (
            <div key={card} className="mb-3 rounded-lg border border-slate-200 bg-white p-3">
              <Skeleton className="h-5 w-36" />
              <Skeleton className="mt-3 h-4 w-20" />
              <Skeleton className="mt-2 h-4 w-full" />
              <Skeleton className="mt-2 h-3 w-2/3" />
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}

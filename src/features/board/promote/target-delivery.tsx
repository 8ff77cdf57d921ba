import { useState } from 'react'
import type { AppCode } from '@/lib/drift'
import {
  deliveryAfterCompare,
  describeDelivery,
  planDelivery,
  type Delivery,
} from '@/lib/promotion'
import { CommitList } from '../drift/commit-list'
import { useComparison } from '../drift/use-comparison'

interface TargetDeliveryProps {
  id: string
  source: { name: string; code: AppCode }
  target: { name: string; code: AppCode }
}

/** What a target will receive, and GitHub's compare behind it (one per pair of commits, cached). */
export function useDelivery(
  source: TargetDeliveryProps['source'],
  target: TargetDeliveryProps['target'],
) {
  const plan = planDelivery(source, target)
  const compared = useComparison(plan.kind === 'compare' ? plan : undefined)
  const delivery: Delivery =
    plan.kind === 'settled' ? plan.delivery : deliveryAfterCompare(compared)
  return { plan, compared, delivery, words: describeDelivery(delivery) }
}

/** What one target will receive: "4 new commits" (listed on demand), or "already runs this code". */
export function TargetDelivery({ id, source, target }: TargetDeliveryProps) {
  const { plan, compared, delivery, words } = useDelivery(source, target)
  // The commits are rendered once asked for: a dialog of many targets opens without them.
  const [open, setOpen] = useState(false)

  if (compared.kind !== 'compared' || plan.kind !== 'compare' || delivery.kind === 'same') {
    return (
      <p id={id} className="text-xs text-slate-600">
        {words}
      </p>
    )
  }
  return (
    <details
      id={id}
      className="text-xs text-slate-700"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded text-slate-700 underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-violet-600">
        {words}
      </summary>
      {open && (
        <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
          <CommitList
            comparison={compared.comparison}
            plan={plan}
            upstream={source.name}
            downstream={target.name}
          />
        </div>
      )}
    </details>
  )
}

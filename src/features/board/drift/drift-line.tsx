import {
  ArrowDownCircle,
  ArrowUpCircle,
  CheckCircle2,
  CircleSlash,
  GitFork,
  LoaderCircle,
  type LucideIcon,
} from 'lucide-react'
import type { Release } from '@/api/releases'
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover'
import { cn } from '@/lib/cn'
import {
  describeDrift,
  driftAfterCompare,
  isUpstreamOf,
  planDrift,
  type Drift,
  type DriftSide,
} from '@/lib/drift'
import { CommitList } from './commit-list'
import { useAppCode } from './use-app-code'
import { useComparison } from './use-comparison'

export interface Neighbour extends Omit<DriftSide, 'code'> {
  latest: Release | null | undefined
}

const LOOK: Record<Drift['kind'], { icon: LucideIcon; tone: string }> = {
  loading: { icon: LoaderCircle, tone: 'text-slate-500' },
  identical: { icon: CheckCircle2, tone: 'text-emerald-700' },
  ahead: { icon: ArrowUpCircle, tone: 'text-sky-700' },
  behind: { icon: ArrowDownCircle, tone: 'text-amber-700' },
  diverged: { icon: GitFork, tone: 'text-orange-700' },
  'not-compared': { icon: CircleSlash, tone: 'text-slate-500' },
}

/** One line of a card's drift: this app against one neighbour, in words, with the commits behind it. */
export function DriftLine({ subject, neighbour }: { subject: DriftSide; neighbour: Neighbour }) {
  const { code } = useAppCode(neighbour.appId, neighbour.latest)
  const other: DriftSide = { ...neighbour, code }
  const plan = planDrift(subject, other)
  const compared = useComparison(plan.kind === 'compare' ? plan.plan : undefined)
  const drift: Drift =
    plan.kind === 'settled' ? plan.drift : driftAfterCompare(subject, other, compared)

  const { icon: Icon, tone } = LOOK[drift.kind]
  const text = describeDrift(drift, neighbour.name)
  const content = (
    <>
      <Icon
        aria-hidden="true"
        className={cn('mt-0.5 size-4 shrink-0', tone, drift.kind === 'loading' && 'animate-spin')}
      />
      <span className="min-w-0">{text}</span>
    </>
  )

  if (
    compared.kind !== 'compared' ||
    (drift.kind !== 'ahead' && drift.kind !== 'behind' && drift.kind !== 'diverged')
  ) {
    return <li className="flex gap-1.5 text-xs text-slate-700">{content}</li>
  }

  const [upstream, downstream] = isUpstreamOf(subject, neighbour)
    ? [subject.name, neighbour.name]
    : [neighbour.name, subject.name]
  return (
    <li>
      <Popover>
        <PopoverTrigger
          className="flex w-full gap-1.5 rounded text-left text-xs text-slate-800 underline decoration-slate-300 decoration-dotted underline-offset-2 hover:text-violet-800 hover:decoration-violet-500 focus-visible:outline-2 focus-visible:outline-violet-600"
          aria-label={`${text}: show commits`}
        >
          {content}
        </PopoverTrigger>
        <PopoverContent
          aria-label={`Commits in ${upstream} not yet in ${downstream}`}
          tabIndex={-1}
          // Focus the panel itself: landing on its first link would pop that link's tooltip.
          onOpenAutoFocus={(event) => {
            event.preventDefault()
            ;(event.currentTarget as HTMLElement).focus()
          }}
        >
          <CommitList
            comparison={compared.comparison}
            upstream={upstream}
            downstream={downstream}
          />
        </PopoverContent>
      </Popover>
    </li>
  )
}

import { PopoverButton } from '@/components/ui/popover'
import { cn } from '@/lib/cn'
import { groupLabel } from '@/lib/code-groups'
import {
  describeDrift,
  driftAfterCompare,
  isUpstreamOf,
  planDrift,
  type AppCode,
  type Drift,
  type DriftSide,
} from '@/lib/drift'
import type { BoardStage } from '@/lib/stages'
import { CardIcon } from '../card-icons'
import { AppNames } from './app-names'
import { CommitList } from './commit-list'
import { useComparison } from './use-comparison'

/** A group of the neighbouring stage: apps that run the same code. */
export interface NeighbourGroup {
  key: string
  stage: BoardStage
  code: AppCode
  names: string[]
}

/** Each kind has its own shape as well as its own colour: colour alone would not tell them apart. */
const TONE: Record<Drift['kind'], string> = {
  loading: 'text-slate-500',
  identical: 'text-emerald-700',
  ahead: 'text-sky-700',
  behind: 'text-amber-700',
  diverged: 'text-orange-700',
  'not-compared': 'text-slate-500',
}

/** Groups of more than two apps are named by count; their names are one click away. */
const NAMED_IN_FULL = 2

/**
 * One line of a card's drift: this app against one group of the neighbouring stage (one app, or
 * many on the same code), in words, with the commits and the apps behind it.
 */
export function DriftLine({ subject, group }: { subject: DriftSide; group: NeighbourGroup }) {
  const label = groupLabel(group.names, group.stage)
  const other: DriftSide = {
    appId: group.key,
    name: label,
    stage: group.stage,
    code: group.code,
    many: group.names.length > 1,
  }
  const plan = planDrift(subject, other)
  const compared = useComparison(plan.kind === 'compare' ? plan.plan : undefined)
  const drift: Drift =
    plan.kind === 'settled' ? plan.drift : driftAfterCompare(subject, other, compared)

  const tone = TONE[drift.kind]
  const text = describeDrift(drift, label)
  const content = (
    <>
      <CardIcon
        name={drift.kind}
        className={cn('mt-0.5 size-4 shrink-0', tone, drift.kind === 'loading' && 'animate-spin')}
      />
      <span className="min-w-0">{text}</span>
    </>
  )

  const commits =
    compared.kind === 'compared' &&
    plan.kind === 'compare' &&
    (drift.kind === 'ahead' || drift.kind === 'behind' || drift.kind === 'diverged')
      ? { comparison: compared.comparison, plan: plan.plan }
      : undefined
  const listsApps = group.names.length > NAMED_IN_FULL
  if (!commits && !listsApps) {
    return <li className="flex gap-1.5 text-xs text-slate-700">{content}</li>
  }

  const [upstream, downstream] = isUpstreamOf(subject, other)
    ? [subject.name, label]
    : [label, subject.name]
  const what = commits ? 'show commits' : 'show apps'
  return (
    <li>
      <PopoverButton
        className="flex w-full gap-1.5 rounded text-left text-xs text-slate-800 underline decoration-slate-300 decoration-dotted underline-offset-2 hover:text-violet-800 hover:decoration-violet-500 focus-visible:outline-2 focus-visible:outline-violet-600"
        aria-label={`${text}: ${commits && listsApps ? 'show commits and apps' : what}`}
        panel={{
          'aria-label': commits
            ? `Commits in ${upstream} not yet in ${downstream}`
            : `The ${label}`,
          tabIndex: -1,
          // Focus the panel itself: landing on its first link would pop that link's tooltip.
          onOpenAutoFocus: (event) => {
            event.preventDefault()
            ;(event.currentTarget as HTMLElement).focus()
          },
          children: (
            <>
              {commits && <CommitList {...commits} upstream={upstream} downstream={downstream} />}
              {listsApps && (
                <AppNames names={group.names} className={commits ? 'mt-4' : undefined} />
              )}
            </>
          ),
        }}
      >
        {content}
      </PopoverButton>
    </li>
  )
}

import type React from 'react'
import { useState } from 'react'
import type { DriftSide } from '@/lib/drift'
import { plural } from '@/lib/format'
import type { BoardStage } from '@/lib/stages'
import { DriftLine, type NeighbourGroup } from './drift-line'

/** The groups of one neighbouring stage, largest first. */
export interface NeighbourStage {
  stage: BoardStage
  groups: NeighbourGroup[]
  /** equal for two values that show the same: a card can tell they did not change */
  signature: string
}

/**
 * A card shows its stand against this many groups of each neighbouring stage, the largest; the
 * rest on demand. The drift filter goes by the same lines.
 */
export const SHOWN_PER_STAGE = 3

/** How a card's code stands against each group of its neighbouring stages, upstream first. */
export function DriftList({
  subject,
  neighbours,
}: {
  subject: DriftSide
  neighbours: NeighbourStage[]
}) {
  const lines = neighbours.flatMap(({ stage, groups }) => {
    const shown = groups.slice(0, SHOWN_PER_STAGE)
    const rest = groups.slice(SHOWN_PER_STAGE)
    const apps = rest.reduce((sum, group) => sum + group.names.length, 0)
    return [
      ...shown.map((group) => (
        <DriftLine key={`${stage}:${group.key}`} subject={subject} group={group} />
      )),
      ...(rest.length > 0
        ? [
            <li key={`${stage}-more`}>
              <MoreVersions
                summary={`${plural(apps, `more ${stage} app`)} on ${plural(rest.length, 'other version')}`}
              >
                {() =>
                  rest.map((group) => (
                    <DriftLine key={`${stage}:${group.key}`} subject={subject} group={group} />
                  ))
                }
              </MoreVersions>
            </li>,
          ]
        : []),
    ]
  })
  // A card whose neighbouring stages hold no apps has nothing to compare with: no list at all.
  if (lines.length === 0) return null
  return (
    <ul
      aria-label={`Drift of ${subject.name}`}
      className="mt-2.5 space-y-1 border-t border-slate-100 pt-2"
    >
      {lines}
    </ul>
  )
}

/**
 * The lines past the first few, behind a disclosure. They are rendered once it is opened: each
 * compares code and may ask GitHub, and a card mounts with every move and scroll.
 */
function MoreVersions({ summary, children }: { summary: string; children: () => React.ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <details
      className="text-xs text-slate-700"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-violet-600">
        {summary}
      </summary>
      {open && <ul className="mt-1 space-y-1">{children()}</ul>}
    </details>
  )
}

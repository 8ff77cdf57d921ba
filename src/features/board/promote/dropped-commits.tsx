import { useMemo } from 'react'
import { WarningNote } from '@/components/warning-note'
import type { AppCode } from '@/lib/drift'
import { groupByCode } from '@/lib/code-groups'
import { namesList, plural } from '@/lib/format'
import type { RunningCodes } from '../drift/use-running-codes'
import { useDelivery } from './target-delivery'

interface Side {
  name: string
  code: AppCode
}

/** One group of chosen apps on one commit: a line if the promotion takes commits away from it. */
function DroppedFrom({ source, names, code }: { source: Side; names: string[]; code: AppCode }) {
  // The same compare as the group's row in the list: asked once, shared.
  const { delivery } = useDelivery(source, { name: names[0] ?? '', code })
  if (delivery.kind !== 'back' && delivery.kind !== 'replace') return null
  const lost = delivery.kind === 'back' ? delivery.count : delivery.lost
  return (
    <li>
      {namesList(names)} {names.length === 1 ? 'runs' : 'run'} {plural(lost, 'commit')} that{' '}
      {source.name} does not have: promoting drops {lost === 1 ? 'it' : 'them'}.
    </li>
  )
}

/**
 * Said before promoting, when a chosen app runs commits the source lacks (it is ahead, or has
 * diverged): the promotion takes them away. Hidden while no group has such a line.
 */
export function DroppedCommits({
  source,
  chosen,
  codes,
}: {
  source: Side
  chosen: { appId: string; name: string }[]
  codes: Pick<RunningCodes, 'codeOf'>
}) {
  // Regrouped only when the choice or what the apps run changes: not at each key typed in the
  // targets' filter, over up to 1,300 apps.
  const groups = useMemo(
    () => groupByCode(chosen, (app) => codes.codeOf(app.appId)),
    [chosen, codes],
  )
  return (
    // Hidden until a group has a line to say (its own compare decides, in DroppedFrom).
    <WarningNote aria-label="Commits the promotion drops" className="mt-4 hidden has-[li]:flex">
      <ul className="space-y-1">
        {groups.map((group) => (
          <DroppedFrom
            key={group.key}
            source={source}
            names={group.apps.map((app) => app.name)}
            code={group.code}
          />
        ))}
      </ul>
    </WarningNote>
  )
}

import { AlertTriangle } from 'lucide-react'
import type { AppCode } from '@/lib/drift'
import { groupByCode } from '@/lib/code-groups'
import { namesList, plural } from '@/lib/format'
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
  codeOf,
}: {
  source: Side
  chosen: { appId: string; name: string }[]
  codeOf: (appId: string) => AppCode
}) {
  const groups = groupByCode(chosen, (app) => codeOf(app.appId))
  return (
    <div
      role="note"
      aria-label="Commits the promotion drops"
      className="mt-4 hidden gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 has-[li]:flex"
    >
      <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
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
    </div>
  )
}

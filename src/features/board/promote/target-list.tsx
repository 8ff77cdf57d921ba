import { ChevronDown, ChevronRight } from 'lucide-react'
import { ScrollingList } from '@/components/ui/scrolling-list'
import type { PipelineApp } from '@/lib/board'
import { codeWords } from '@/lib/code-groups'
import type { AppCode } from '@/lib/drift'
import { formatCount, plural } from '@/lib/format'
import { STAGE_LABELS } from '@/lib/stages'
import { TargetDelivery, useDelivery } from './target-delivery'
import { groupChoice, type TargetRow } from './target-rows'

interface TargetListProps {
  rows: TargetRow[]
  source: { name: string; code: AppCode }
  chosen: ReadonlySet<string>
  onToggleApp: (appId: string, on: boolean) => void
  onToggleGroup: (shown: PipelineApp[]) => void
  onOpenGroup: (groupKey: string, open: boolean) => void
}

/** Estimated heights, corrected once each row is measured. */
const ROW_HEIGHTS: Record<TargetRow['kind'], number> = { stage: 32, group: 56, app: 32 }

function GroupRow({
  row,
  source,
  chosen,
  onToggleApp,
  onToggleGroup,
  onOpenGroup,
}: Omit<TargetListProps, 'rows'> & { row: Extract<TargetRow, { kind: 'group' }> }) {
  const { group, shown, open } = row
  const { id } = row
  const single = group.apps.length === 1 ? group.apps[0] : undefined
  const choice = groupChoice(shown, chosen)
  const count =
    shown.length === group.apps.length
      ? plural(group.apps.length, 'app')
      : `${formatCount(shown.length)} of ${plural(group.apps.length, 'app')}`
  const label = single ? single.name : `${count} ${codeWords(group.code)}`
  return (
    <div className="flex gap-3 rounded-md px-2 py-2 hover:bg-slate-50">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-violet-700"
        checked={choice === 'all'}
        ref={(box) => {
          if (box) box.indeterminate = choice === 'some'
        }}
        onChange={(event) =>
          single ? onToggleApp(single.appId, event.target.checked) : onToggleGroup(shown)
        }
        aria-describedby={`${id}-delivery`}
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
        <TargetDelivery
          id={`${id}-delivery`}
          source={source}
          target={{ name: single ? single.name : label, code: group.code }}
        />
      </div>
      {!single && (
        <button
          type="button"
          aria-expanded={open}
          aria-label={`${open ? 'Hide' : 'Show'} the ${label}`}
          onClick={() => onOpenGroup(row.key, !open)}
          className="inline-flex h-7 shrink-0 items-center gap-1 rounded px-1.5 text-xs font-medium text-violet-800 hover:bg-violet-50 focus-visible:outline-2 focus-visible:outline-violet-600"
        >
          {open ? (
            <ChevronDown aria-hidden="true" className="size-4" />
          ) : (
            <ChevronRight aria-hidden="true" className="size-4" />
          )}
          {open ? 'Hide' : 'Show'}
        </button>
      )}
    </div>
  )
}

function AppRow({
  row,
  source,
  chosen,
  onToggleApp,
}: Pick<TargetListProps, 'source' | 'chosen' | 'onToggleApp'> & {
  row: Extract<TargetRow, { kind: 'app' }>
}) {
  const id = `target-${row.app.appId}`
  // Said by the group's row, which may be scrolled out of the list: each app says it too, to
  // assistive technology only (the compare behind it is the group's, asked once).
  const { words } = useDelivery(source, { name: row.app.name, code: row.code })
  return (
    <div className="flex gap-3 rounded-md py-1.5 pr-2 pl-9 hover:bg-slate-50">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-violet-700"
        checked={chosen.has(row.app.appId)}
        onChange={(event) => onToggleApp(row.app.appId, event.target.checked)}
        aria-describedby={`${id}-delivery`}
      />
      <label htmlFor={id} className="min-w-0 truncate text-slate-900">
        {row.app.name}
      </label>
      <span id={`${id}-delivery`} className="sr-only">
        {words}
      </span>
    </div>
  )
}

/**
 * The promote dialog's targets, rendered where the list is scrolled to: 1,300 production apps
 * cost a screenful of rows. A group's checkbox chooses all its shown apps, or none.
 */
export function TargetList({ rows, ...props }: TargetListProps) {
  return (
    <ScrollingList
      className="mt-1"
      items={rows}
      keyOf={(row) => row.key}
      estimateHeight={(row) => ROW_HEIGHTS[row.kind]}
      renderItem={(row) =>
        row.kind === 'stage' ? (
          <p className="px-2 pt-3 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {STAGE_LABELS[row.stage]} · {formatCount(row.count)}
          </p>
        ) : row.kind === 'group' ? (
          <GroupRow row={row} {...props} />
        ) : (
          <AppRow
            row={row}
            source={props.source}
            chosen={props.chosen}
            onToggleApp={props.onToggleApp}
          />
        )
      }
    />
  )
}

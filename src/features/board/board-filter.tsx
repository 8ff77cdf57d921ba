import { Search } from 'lucide-react'
import { useId, useMemo } from 'react'
import { useAddressParams, useAddressText } from '@/hooks/use-address-params'
import { inputClasses } from '@/components/ui/field'
import { cn } from '@/lib/cn'
import {
  DRIFT_FILTER_LABELS,
  DRIFT_FILTERS,
  driftFilterOf,
  type DriftFilter,
} from '@/lib/drift-filter'
import { formatCount, plural } from '@/lib/format'
import type { BoardFilterValue } from './use-board'

/**
 * The board's filter, kept in the address (`?q=` for words, `?drift=` for drift), so a link shares
 * the view.
 */
export function useBoardFilter() {
  const [query, setQuery] = useAddressText('q')
  const [params, setParam] = useAddressParams()
  const drift = driftFilterOf(params.get('drift'))
  const value = useMemo((): BoardFilterValue => ({ query, drift }), [query, drift])
  return {
    value,
    setQuery,
    setDrift: (next: DriftFilter | undefined) => setParam('drift', next ?? null),
  }
}

/**
 * A search box over the board (app name, commit or status) and a choice of drift; says how many
 * cards they show, and how many the drift choice cannot place yet (their code is still being read
 * from Heroku or compared by GitHub).
 */
export function BoardFilter({
  filter,
  onQueryChange,
  onDriftChange,
  shown,
  total,
  comparing,
}: {
  filter: BoardFilterValue
  onQueryChange: (query: string) => void
  onDriftChange: (drift: DriftFilter | undefined) => void
  shown: number
  total: number
  /** apps the drift choice cannot place yet */
  comparing: number
}) {
  const id = useId()
  const filtering = filter.query.trim() !== '' || filter.drift !== undefined
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
      <label htmlFor={id} className="sr-only">
        Filter apps
      </label>
      <div className="relative w-full max-w-md">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500"
        />
        <input
          id={id}
          type="search"
          data-shortcut="filter"
          value={filter.query}
          onChange={(event) => onQueryChange(event.target.value)}
          placeholder="Filter by app, commit or status"
          autoComplete="off"
          spellCheck={false}
          className={cn(inputClasses, 'pl-8')}
        />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        Drift
        <select
          value={filter.drift ?? ''}
          onChange={(event) => onDriftChange(driftFilterOf(event.target.value))}
          className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
        >
          <option value="">Any</option>
          {DRIFT_FILTERS.map((drift) => (
            <option key={drift} value={drift}>
              {DRIFT_FILTER_LABELS[drift]}
            </option>
          ))}
        </select>
      </label>
      {/* There from the start, so that what comes into it is announced. */}
      <p role="status" className="text-sm text-slate-600">
        {filtering && `Showing ${formatCount(shown)} of ${plural(total, 'app')}`}
        {filtering && comparing > 0 && ` · ${formatCount(comparing)} not placed yet`}
      </p>
    </div>
  )
}

import { useMemo } from 'react'
import { FilterBar, FilterChoice, SearchBox } from '@/components/ui/filter-bar'
import { useAddressParams, useAddressText } from '@/hooks/use-address-params'
import { DRIFT_FILTER_LABELS, driftFilterOf, type DriftFilter } from '@/lib/drift-filter'
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

/** The drift choices, "Any" (no drift filter) first. */
const DRIFT_CHOICES: Record<DriftFilter | '', string> = { '': 'Any', ...DRIFT_FILTER_LABELS }

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
  const filtering = filter.query.trim() !== '' || filter.drift !== undefined
  const status = filtering
    ? `Showing ${formatCount(shown)} of ${plural(total, 'app')}` +
      (comparing > 0 ? ` · ${formatCount(comparing)} not placed yet` : '')
    : ''
  return (
    <FilterBar status={status}>
      <SearchBox
        label="Filter apps"
        placeholder="Filter by app, commit or status"
        value={filter.query}
        onChange={onQueryChange}
      />
      <FilterChoice
        label="Drift"
        value={filter.drift ?? ''}
        options={DRIFT_CHOICES}
        onChange={(drift) => onDriftChange(drift || undefined)}
      />
    </FilterBar>
  )
}

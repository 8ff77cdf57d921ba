import { Search } from 'lucide-react'
import { useId } from 'react'
import { useAddressText } from '@/hooks/use-address-params'
import { inputClasses } from '@/components/ui/field'
import { cn } from '@/lib/cn'
import { formatCount, plural } from '@/lib/format'

/** The board's filter, kept in the address (`?q=`), so a link shares the view. */
export function useBoardFilter() {
  const [query, setQuery] = useAddressText('q')
  return { query, setQuery }
}

/** A search box over the board: app name, commit or status; says how many cards it shows. */
export function BoardFilter({
  query,
  onQueryChange,
  shown,
  total,
}: {
  query: string
  onQueryChange: (query: string) => void
  shown: number
  total: number
}) {
  const id = useId()
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1">
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
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          placeholder="Filter by app, commit or status"
          autoComplete="off"
          spellCheck={false}
          className={cn(inputClasses, 'pl-8')}
        />
      </div>
      {/* There from the start, so that what comes into it is announced. */}
      <p role="status" className="text-sm text-slate-600">
        {query.trim() !== '' && `Showing ${formatCount(shown)} of ${plural(total, 'app')}`}
      </p>
    </div>
  )
}

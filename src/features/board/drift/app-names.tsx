import { cn } from '@/lib/cn'
import { formatCount, plural } from '@/lib/format'

/** How many names a list shows before it says how many more there are. */
const SHOWN = 200

/** The apps of a group, by name, in a list that scrolls (the first 200 of a very large one). */
export function AppNames({ names, className }: { names: string[]; className?: string }) {
  const hidden = names.length - SHOWN
  return (
    <div className={className}>
      <h3 className="font-semibold text-slate-900">{plural(names.length, 'app')} on this code</h3>
      <ul className="mt-2 max-h-48 columns-2 gap-4 overflow-y-auto font-mono text-xs text-slate-800">
        {names.slice(0, SHOWN).map((name) => (
          <li key={name} className="truncate">
            {name}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className={cn('mt-2 text-xs text-slate-600')}>and {formatCount(hidden)} more</p>
      )}
    </div>
  )
}

import { RotateCw } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { useNow } from '@/hooks/use-now'
import { cn } from '@/lib/cn'
import { exactTime, sinceWords } from '@/lib/format'

/**
 * "Updated 15 s ago", and a way to read the board again now. The label is not a live region (it
 * changes every few seconds); a refresh the user asked for says once when it is done.
 */
export function BoardFreshness({
  updatedAt,
  refreshing,
  onRefresh,
}: {
  updatedAt: number
  refreshing: boolean
  onRefresh: () => void
}) {
  const now = useNow(5_000)
  const [asked, setAsked] = useState(false)
  const [said, setSaid] = useState('')
  const wasRefreshing = useRef(false)
  useEffect(() => {
    if (wasRefreshing.current && !refreshing && asked) {
      setSaid(`Board updated at ${new Date(updatedAt).toLocaleTimeString()}`)
      setAsked(false)
    }
    wasRefreshing.current = refreshing
  }, [refreshing, asked, updatedAt])

  return (
    <p className="flex items-center gap-1 text-sm text-slate-600">
      <span title={exactTime(new Date(updatedAt).toISOString())}>
        Updated {sinceWords(Math.max(0, now - updatedAt))}
      </span>
      <Button
        size="sm"
        variant="ghost"
        aria-label={refreshing ? 'Refreshing the board…' : 'Refresh the board'}
        data-shortcut="refresh"
        onClick={() => {
          if (refreshing) return
          setAsked(true)
          setSaid('')
          onRefresh()
        }}
      >
        <RotateCw aria-hidden="true" className={cn('size-4', refreshing && 'animate-spin')} />
        <span className="sr-only sm:not-sr-only">Refresh</span>
      </Button>
      <span role="status" className="sr-only">
        {said}
      </span>
    </p>
  )
}

import { useEffect, useState, useSyncExternalStore } from 'react'
import { clockTime, LOW_BUDGET, rateBudget } from '@/api/rate-limit'

/**
 * Heroku's request budget in the header, only when it matters: low (refreshes have slowed down),
 * or spent (nothing is sent until the wait ends). Loaded the first time it does (see
 * `RateLimitRegion` in layout.tsx), inside the region that announces it.
 */
export function RateLimitStatus() {
  const budget = useSyncExternalStore(rateBudget.subscribe, rateBudget.get)
  const waiting = useWaitingUntil(budget.waitUntil)

  let text: string | null = null
  let detail = ''
  if (waiting) {
    text = `Heroku's rate limit reached: waiting until ${clockTime(waiting)}`
    detail = 'Reads resume on their own then; changes can be tried again then.'
  } else if (budget.remaining !== null && budget.remaining < LOW_BUDGET) {
    text = `${budget.remaining.toLocaleString('en')} API requests left`
    detail =
      'Heroku allows 4,500 requests an hour per account. Stageboard refreshes less often until the budget recovers.'
  }

  return (
    text && (
      <span
        title={detail}
        className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-semibold text-amber-950"
      >
        {text}
        <span className="sr-only">. {detail}</span>
      </span>
    )
  )
}

/** The end of a 429's wait while it lasts, then null: the component renders again when it ends. */
function useWaitingUntil(waitUntil: number | null) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (waitUntil === null) return
    const left = waitUntil - Date.now()
    if (left <= 0) return
    const timer = setTimeout(() => setNow(Date.now()), left)
    return () => clearTimeout(timer)
  }, [waitUntil])
  return waitUntil !== null && waitUntil > now ? waitUntil : null
}

import { useEffect, useState } from 'react'
import { clockTime, LOW_BUDGET, type RateBudget } from '@/api/rate-limit'

/** What the header says of Heroku's request budget once it is low or spent (see RateLimitStatus). */
export default function RateLimitWords({ budget }: { budget: RateBudget }) {
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

  if (!text) return null
  return (
    <span
      title={detail}
      className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-semibold text-amber-950"
    >
      {text}
      <span className="sr-only">. {detail}</span>
    </span>
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

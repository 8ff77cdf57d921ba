import { lazy, Suspense, useSyncExternalStore } from 'react'
import { LOW_BUDGET, rateBudget } from '@/api/rate-limit'

/** Its words come with their own module: most visits never need them. */
const RateLimitWords = lazy(() => import('./rate-limit-words'))

/**
 * Heroku's request budget in the header, only when it matters: low (refreshes have slowed down),
 * or spent (nothing is sent until the wait ends). A polite live region, there from the start so
 * what it comes to say is announced: it changes rarely.
 */
export function RateLimitStatus() {
  const budget = useSyncExternalStore(rateBudget.subscribe, rateBudget.get)
  const worthSaying =
    budget.waitUntil !== null || (budget.remaining !== null && budget.remaining < LOW_BUDGET)
  return (
    <span role="status" className="flex">
      {worthSaying && (
        <Suspense fallback={null}>
          <RateLimitWords budget={budget} />
        </Suspense>
      )}
    </span>
  )
}

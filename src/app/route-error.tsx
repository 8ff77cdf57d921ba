import { lazy, Suspense } from 'react'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { LazyErrorPanel as ErrorPanel } from '@/components/ui/lazy-error-panel'
import { usePageTitle } from '@/hooks/use-page-title'

const NotFound = lazy(() =>
  import('@/components/not-found').then((module) => ({ default: module.NotFound })),
)

/** The last line of defence: a route that threw while rendering or loading. */
export function RouteError() {
  const error = useRouteError()
  usePageTitle('Error')
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Suspense fallback={null}>
        <NotFound />
      </Suspense>
    )
  }
  return (
    <div className="mx-auto max-w-2xl p-6">
      <ErrorPanel
        title="This page could not be shown"
        asPageHeading
        error={error}
        onRetry={() => window.location.reload()}
      />
    </div>
  )
}

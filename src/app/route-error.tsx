import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFound } from '@/components/not-found'
import { ErrorPanel } from '@/components/ui/error-panel'
import { usePageTitle } from '@/hooks/use-page-title'

/** The last line of defence: a route that threw while rendering or loading. */
export function RouteError() {
  const error = useRouteError()
  usePageTitle('Error')
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
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

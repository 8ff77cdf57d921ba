import type React from 'react'
import { lazy, Suspense } from 'react'
import type { ApiError } from '@/api/client'

/**
 * The copy button comes with the first error shown, not with the first screen: the ids are text
 * from the start, and stay so if the button's code cannot be loaded (the host changed under a
 * long-open tab, say).
 */
const CopyRequestId = lazy((): Promise<{ default: React.ComponentType<{ requestId: string }> }> =>
  import('./copy-request-id').then(
    (module) => ({ default: module.CopyRequestId }),
    () => ({ default: () => null }),
  ),
)

/**
 * An error's id and the request's id, which Heroku's support asks for: the request id can be
 * copied in one press.
 */
export function RequestIdNote({ error }: { error: ApiError }) {
  const { requestId } = error
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 font-mono text-xs text-red-800">
      <span>Error ID: {error.id}</span>
      {requestId && (
        <span className="inline-flex items-center gap-1">
          Request ID: {requestId}
          <Suspense fallback={<span aria-hidden="true" className="size-6" />}>
            <CopyRequestId requestId={requestId} />
          </Suspense>
        </span>
      )}
    </p>
  )
}

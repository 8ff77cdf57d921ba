import type React from 'react'
import { lazy, Suspense } from 'react'
import { ApiError } from '@/api/client'
import { cn } from '@/lib/cn'
import type { ErrorPanel as ErrorPanelType } from './error-panel'

type ErrorPanelProps = React.ComponentProps<typeof ErrorPanelType>

/** The same words and the same retry, without the panel's looks: while it loads, or if it cannot. */
function PlainErrorPanel({
  title,
  error,
  onRetry,
  retrying,
  className,
  asPageHeading,
}: ErrorPanelProps) {
  const Title = asPageHeading ? 'h1' : 'p'
  return (
    <div
      className={cn(
        'rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900',
        className,
      )}
    >
      <Title className="font-semibold">{title}</Title>
      <p className="mt-1 break-words">
        {error instanceof Error ? error.message : 'Something went wrong.'}
      </p>
      {error instanceof ApiError && (
        <p className="mt-1 font-mono text-xs">
          Error ID: {error.id}
          {error.requestId && ` · Request ID: ${error.requestId}`}
        </p>
      )}
      {onRetry && (
        <button type="button" className="mt-2 underline" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Try again'}
        </button>
      )}
    </div>
  )
}

const ErrorPanel = lazy((): Promise<{ default: React.ComponentType<ErrorPanelProps> }> =>
  import('./error-panel').then(
    (module) => ({ default: module.ErrorPanel }),
    () => ({ default: PlainErrorPanel }),
  ),
)

/**
 * ErrorPanel, for the first screen (the pipelines page, and a page that failed to render): its
 * code comes with the first error, most visits never load it, and its words show at once.
 */
export function LazyErrorPanel(props: ErrorPanelProps) {
  // One alert around both: the words are announced once, not again when the panel replaces them.
  return (
    <div role="alert">
      <Suspense fallback={<PlainErrorPanel {...props} />}>
        <ErrorPanel {...props} announce={false} />
      </Suspense>
    </div>
  )
}

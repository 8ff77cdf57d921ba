import { AlertTriangle, RotateCw } from 'lucide-react'
import { ApiError } from '@/api/client'
import { cn } from '@/lib/cn'
import { Button } from './button'
import { RequestIdNote } from './request-id-note'

interface ErrorPanelProps {
  title: string
  error: unknown
  onRetry?: () => void
  retrying?: boolean
  className?: string
  /** the page's heading when the error is all the page shows */
  asPageHeading?: boolean
  /** false where a wrapper already is the alert (lazy-error-panel.tsx): said once, not twice */
  announce?: boolean
}

/** What went wrong, in the API's own words, with a way to try again. */
export function ErrorPanel({
  title,
  error,
  onRetry,
  retrying = false,
  className,
  asPageHeading = false,
  announce = true,
}: ErrorPanelProps) {
  const Title = asPageHeading ? 'h1' : 'p'
  const message = error instanceof Error ? error.message : 'Something went wrong.'
  const apiError = error instanceof ApiError ? error : undefined
  return (
    <div
      role={announce ? 'alert' : undefined}
      className={cn(
        'rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900',
        className,
      )}
    >
      <div className="flex items-start gap-3">
        <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-red-700" />
        <div className="min-w-0 flex-1">
          <Title className="font-semibold">{title}</Title>
          <p className="mt-1 break-words">{message}</p>
          {apiError && <RequestIdNote error={apiError} />}
        </div>
        {onRetry && (
          <Button size="sm" onClick={onRetry} disabled={retrying}>
            <RotateCw aria-hidden="true" className={cn('size-4', retrying && 'animate-spin')} />
            {retrying ? 'Retrying…' : 'Try again'}
          </Button>
        )}
      </div>
    </div>
  )
}

import { Check, Copy } from 'lucide-react'
import { useState } from 'react'
import type { ApiError } from '@/api/client'

/**
 * An error's id and the request's id, which Heroku's support asks for: the request id can be
 * copied in one press.
 */
export function RequestIdNote({ error }: { error: ApiError }) {
  const [copied, setCopied] = useState(false)
  const { requestId } = error
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 font-mono text-xs text-red-800">
      <span>Error ID: {error.id}</span>
      {requestId && (
        <span className="inline-flex items-center gap-1">
          Request ID: {requestId}
          <button
            type="button"
            aria-label={copied ? 'Request ID copied' : 'Copy the request ID'}
            className="inline-flex size-6 items-center justify-center rounded text-red-800 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
            onClick={() => {
              void navigator.clipboard
                ?.writeText(requestId)
                .then(() => setCopied(true))
                .catch(() => setCopied(false))
            }}
          >
            {copied ? (
              <Check aria-hidden="true" className="size-3.5" />
            ) : (
              <Copy aria-hidden="true" className="size-3.5" />
            )}
          </button>
        </span>
      )}
    </p>
  )
}

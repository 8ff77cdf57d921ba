import { Check, Copy } from 'lucide-react'
import { useState } from 'react'

/** Copies the request id in one press (RequestIdNote loads it with the first error shown). */
export function CopyRequestId({ requestId }: { requestId: string }) {
  const [copied, setCopied] = useState(false)
  return (
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
  )
}

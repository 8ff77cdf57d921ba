import { Info, X } from 'lucide-react'
import { useSyncExternalStore } from 'react'
import type { DemoNoticeStore } from './demo-backend'

const NONE: readonly never[] = []

/**
 * What the demo backend has to say about the person's demo data, above every page until
 * dismissed: changes that could not be read back or saved are never lost without a word.
 */
export function DemoNotices({ store }: { store: DemoNoticeStore | undefined }) {
  const notices = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.current ?? (() => NONE),
  )
  if (notices.length === 0) return null
  return (
    <div className="mx-auto w-full max-w-[1600px] px-4 pt-4 sm:px-6">
      {notices.map((notice) => (
        <div
          key={notice.id}
          role="status"
          className="mb-2 flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <p className="min-w-0 flex-1">{notice.message}</p>
          <button
            type="button"
            onClick={() => store?.dismiss(notice.id)}
            className="rounded p-0.5 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-700"
          >
            <X aria-hidden="true" className="size-4" />
            <span className="sr-only">Dismiss</span>
          </button>
        </div>
      ))}
    </div>
  )
}

const noSubscription = () => () => undefined

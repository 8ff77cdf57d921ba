import { useQuery } from '@tanstack/react-query'
import { LoaderCircle } from 'lucide-react'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { releaseOutputQueries } from '@/api/release-output'
import { ErrorPanel } from '@/components/ui/error-panel'

/**
 * A release command's output, as it is written: the lines so far, and more as they come while
 * the command runs. The text is Heroku's and shown as text. The view follows the newest line
 * unless the person has scrolled up to read.
 */
/** What a log says of itself; a release command's by default. */
export interface LogWords {
  /** the title of its failure to load */
  failed: string
  /** under it while it grows */
  running: string
  /** in it when it ended with nothing */
  empty: string
}

const RELEASE_WORDS: LogWords = {
  failed: "Couldn't read the release log",
  running: 'Release command running…',
  empty: 'The release command printed nothing.',
}

export function ReleaseLog({
  streamUrl,
  label,
  onEnded,
  words = RELEASE_WORDS,
}: {
  streamUrl: string
  /** what the log is of, for a screen reader: "Release log of billing-api v42" */
  label: string
  /** called when the stream, read while shown, reaches its end: the command has ended */
  onEnded?: () => void
  words?: LogWords
}) {
  const output = useQuery(releaseOutputQueries.of(streamUrl))
  const box = useRef<HTMLPreElement>(null)
  const following = useRef(true)
  const streaming = output.fetchStatus === 'fetching'
  const text = output.data?.text ?? ''

  useLayoutEffect(() => {
    const element = box.current
    if (element && following.current) element.scrollTop = element.scrollHeight
  }, [text])

  const wasStreaming = useRef(streaming)
  useEffect(() => {
    // Only a stream read to its end says the command ended (one cut short says nothing).
    if (wasStreaming.current && !streaming && output.data?.complete) onEnded?.()
    wasStreaming.current = streaming
  }, [streaming, output.data?.complete, onEnded])

  if (output.isError) {
    return (
      <ErrorPanel
        title={words.failed}
        error={output.error}
        onRetry={() => void output.refetch()}
        retrying={streaming}
      />
    )
  }
  return (
    <div>
      <pre
        ref={box}
        role="log"
        aria-label={label}
        // A box that scrolls must be reachable by keyboard to be read (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget
          following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 8
        }}
        data-palette="light"
        className="max-h-64 min-h-10 overflow-auto rounded-lg bg-slate-900 px-3 py-2 font-mono text-xs leading-5 break-words whitespace-pre-wrap text-slate-100 focus-visible:ring-2 focus-visible:ring-violet-500 focus-visible:outline-none"
      >
        {text || (streaming ? '' : words.empty)}
      </pre>
      {streaming && (
        <p className="mt-1 inline-flex items-center gap-1.5 text-xs text-slate-600">
          <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" />
          {words.running}
        </p>
      )}
    </div>
  )
}

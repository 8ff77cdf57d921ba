import { exactTime, relativeTime } from '@/lib/format'
import { Tooltip } from './tooltip'

/** "3 hours ago", with the exact time on hover and on keyboard focus. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <Tooltip content={exactTime(iso)}>
      {/* Focusable so keyboard users can read the exact time too. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <time dateTime={iso} tabIndex={0} className={className}>
        {relativeTime(iso)}
      </time>
    </Tooltip>
  )
}

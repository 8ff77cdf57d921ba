import { exactTime, relativeTime } from '@/lib/format'
import { Tooltip } from './tooltip'

/** The exact time, worked out only when the tooltip shows it (cards mount many times). */
function ExactTime({ iso }: { iso: string }) {
  return exactTime(iso)
}

/** "3 hours ago", with the exact time on hover and on keyboard focus. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <Tooltip content={<ExactTime iso={iso} />}>
      {/* Focusable so keyboard users can read the exact time too. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <time dateTime={iso} tabIndex={0} className={className}>
        {relativeTime(iso)}
      </time>
    </Tooltip>
  )
}

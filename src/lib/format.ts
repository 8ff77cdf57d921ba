const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
// dateStyle/timeStyle cannot be combined with timeZoneName, so the fields are spelled out.
const exact = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
})

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "3 hours ago", "yesterday", "just now". */
export function relativeTime(iso: string, now = Date.now()): string {
  const elapsed = Date.parse(iso) - now
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return relative.format(Math.round(elapsed / size), unit)
  }
  return 'just now'
}

/** "Nov 21, 2026, 2:03 PM UTC": the whole truth, for a tooltip or a title. */
export function exactTime(iso: string): string {
  return exact.format(new Date(iso))
}

const counts = new Intl.NumberFormat('en-US')

/** "1,240": a count as people read it. */
export const formatCount = (count: number) => counts.format(count)

/** "1 app", "3 apps", "1,240 apps". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`
}

export const shortSha = (sha: string) => sha.slice(0, 7)

/** The first line of a commit message. */
export const firstLine = (message: string) => message.split('\n', 1)[0] ?? ''

/** "a, b and c", or "a, b, c and 497 more" past `shown` names. */
export function namesList(names: string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length < 2
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
  }
  return `${names.slice(0, shown).join(', ')} and ${formatCount(names.length - shown)} more`
}

/**
 * "just now", "15 s ago", "3 min ago": how long since something was read, for a label that
 * refreshes every few seconds (seconds are counted in fives, so it need not render every second).
 */
export function sinceWords(elapsedMs: number): string {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000))
  if (seconds < 10) return 'just now'
  if (seconds < 60) return `${Math.floor(seconds / 5) * 5} s ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ago`
  return relativeTime(new Date(Date.now() - elapsedMs).toISOString())
}

/** The words of a filter, lower-cased; empty when there is nothing to filter by. */
export const filterTerms = (query: string) =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '')

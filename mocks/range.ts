/**
 * Heroku's list paging: `Range: <key> [<start>]..[<end>][; max=N][, order=desc]`, answered with
 * 206 and `Next-Range` while more remain. Default page 200, at most 1000.
 */
export const DEFAULT_PAGE_SIZE = 200
export const MAX_PAGE_SIZE = 1000

export interface RangeSpec {
  key: string
  start: string | undefined
  startExclusive: boolean
  end: string | undefined
  max: number
  order: 'asc' | 'desc'
}

export type RangeParseResult = { ok: true; spec: RangeSpec } | { ok: false; message: string }

export function parseRange(
  header: string | null,
  keys: readonly string[],
  defaultKey: string,
): RangeParseResult {
  const fallback: RangeSpec = {
    key: defaultKey,
    start: undefined,
    startExclusive: false,
    end: undefined,
    max: DEFAULT_PAGE_SIZE,
    order: 'asc',
  }
  if (header === null || header.trim() === '') return { ok: true, spec: fallback }

  const [rangePart = '', ...optionParts] = header.split(';')
  const match = /^\s*([a-z_]+)\s+(\]?)(\S*?)\.\.(\S*)\s*$/.exec(rangePart)
  if (!match) return { ok: false, message: `Invalid Range header: ${header}` }
  const [, key = '', exclusive, start, end] = match
  if (!keys.includes(key)) {
    return { ok: false, message: `Invalid Range key ${key}. Valid keys: ${keys.join(', ')}.` }
  }

  const spec: RangeSpec = {
    ...fallback,
    key,
    start: start || undefined,
    startExclusive: exclusive === ']',
    end: end || undefined,
  }
  for (const option of optionParts.join(';').split(/[,;]/)) {
    const [name, value] = option.split('=').map((part) => part.trim())
    if (!name) continue
    if (name === 'max') {
      const max = Number(value)
      if (!Number.isInteger(max) || max < 1) {
        return { ok: false, message: `Invalid Range max ${value ?? ''}: a positive integer.` }
      }
      spec.max = Math.min(max, MAX_PAGE_SIZE)
    } else if (name === 'order') {
      if (value !== 'asc' && value !== 'desc') {
        return { ok: false, message: `Invalid Range order ${value ?? ''}: asc or desc.` }
      }
      spec.order = value
    }
  }
  return { ok: true, spec }
}

type Sortable = string | number

function compare(a: Sortable, b: Sortable) {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

/** A bound from the header is text; compare it as a number when the key's values are numbers. */
function coerce(bound: string, sample: Sortable | undefined): Sortable {
  return typeof sample === 'number' ? Number(bound) : bound
}

export interface Page<T> {
  items: T[]
  contentRange: string | undefined
  nextRange: string | undefined
}

export function paginate<T>(
  all: readonly T[],
  spec: RangeSpec,
  valueOf: (item: T, key: string) => Sortable,
): Page<T> {
  const direction = spec.order === 'desc' ? -1 : 1
  const sorted = [...all].sort(
    (a, b) => direction * compare(valueOf(a, spec.key), valueOf(b, spec.key)),
  )
  const sample = sorted[0] === undefined ? undefined : valueOf(sorted[0], spec.key)
  const inRange = sorted.filter((item) => {
    const value = valueOf(item, spec.key)
    if (spec.start !== undefined) {
      const order = direction * compare(value, coerce(spec.start, sample))
      if (order < 0 || (order === 0 && spec.startExclusive)) return false
    }
    if (spec.end !== undefined && direction * compare(value, coerce(spec.end, sample)) > 0) {
      return false
    }
    return true
  })
  const items = inRange.slice(0, spec.max)
  const first = items[0]
  const last = items.at(-1)
  const options = `max=${spec.max}${spec.order === 'desc' ? ', order=desc' : ''}`
  return {
    items,
    contentRange:
      first === undefined || last === undefined
        ? undefined
        : `${spec.key} ${valueOf(first, spec.key)}..${valueOf(last, spec.key)}`,
    nextRange:
      inRange.length > items.length && last !== undefined
        ? `${spec.key} ]${valueOf(last, spec.key)}..; ${options}`
        : undefined,
  }
}

import type { z } from 'zod/mini'

/**
 * Zod's parse, done quickly when the answer is well formed. Zod checks a value field by field,
 * carrying what it needs to report a problem; on a 2,000-app board the two lists the cards wait
 * for (4,000 objects) took Zod some 40 ms of the page's only thread, as much as rendering the
 * board. Answers are well formed nearly always, so they are first checked by a plain function
 * made once from the same schema, which gives the same value Zod would (unknown keys dropped,
 * optional ones left out when absent). Anything else (a mismatch, or a schema with refinements
 * or formats this does not know) is Zod's to parse and, when it must, to explain.
 */
export function quickParse<T>(schema: z.ZodMiniType<T>, value: unknown): { data: T } | undefined {
  const accept = acceptorOf(schema as unknown as Inspectable)
  if (!accept) return undefined
  const data = accept(value)
  return data === REFUSED ? undefined : { data: data as T }
}

/** What a Zod schema says of itself: its definition, and whether a key may be absent. */
interface Inspectable {
  _zod: {
    optin?: 'optional'
    def: {
      type: string
      checks?: unknown[]
      format?: string
      shape?: Record<string, Inspectable>
      catchall?: unknown
      element?: Inspectable
      innerType?: Inspectable
      entries?: Record<string, unknown>
      values?: unknown[]
    }
  }
}

const REFUSED = Symbol('refused')
/** The value as Zod would give it, or REFUSED. */
type Acceptor = (value: unknown) => unknown

const acceptors = new WeakMap<Inspectable, Acceptor | null>()

function acceptorOf(schema: Inspectable): Acceptor | null {
  let accept = acceptors.get(schema)
  if (accept === undefined) {
    accept = build(schema)
    acceptors.set(schema, accept)
  }
  return accept
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The fields' keys that `value` has, with its values (already accepted as they are). */
function fieldsOf(value: Record<string, unknown>, fields: readonly { key: string }[]) {
  const out: Record<string, unknown> = {}
  for (const { key } of fields) if (Object.hasOwn(value, key)) out[key] = value[key]
  return out
}

/** How many keys an object has of its own, counted without making a list of them. */
function ownKeyCount(value: Record<string, unknown>) {
  let count = 0
  for (const key in value) if (Object.hasOwn(value, key)) count += 1
  return count
}

function build(schema: Inspectable): Acceptor | null {
  const def = schema._zod.def
  // Refinements and formats (an email, a minimum length) are Zod's alone.
  if ((def.checks && def.checks.length > 0) || def.format) return null
  switch (def.type) {
    case 'string':
    case 'boolean':
      return (value) => (typeof value === def.type ? value : REFUSED)
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : REFUSED)
    case 'unknown':
      return (value) => value
    case 'enum':
    case 'literal': {
      const allowed = new Set(def.type === 'enum' ? Object.values(def.entries ?? {}) : def.values)
      return (value) => (allowed.has(value) ? value : REFUSED)
    }
    case 'nullable':
    case 'optional': {
      const inner = def.innerType && acceptorOf(def.innerType)
      if (!inner) return null
      const empty = def.type === 'nullable' ? null : undefined
      return (value) => (value === empty ? value : inner(value))
    }
    case 'array': {
      const item = def.element && acceptorOf(def.element)
      if (!item) return null
      return (value) => {
        if (!Array.isArray(value)) return REFUSED
        const items: readonly unknown[] = value
        // Copied only from the first item that differs from the input's.
        let out: unknown[] | null = null
        for (let i = 0; i < items.length; i += 1) {
          const accepted = item(items[i])
          if (accepted === REFUSED) return REFUSED
          if (!out && accepted !== items[i]) out = items.slice(0, i)
          if (out) out.push(accepted)
        }
        return out ?? items
      }
    }
    case 'object': {
      // Loose and strict objects treat unknown keys otherwise: Zod's to parse.
      if (def.catchall !== undefined || !def.shape) return null
      const fields = Object.entries(def.shape).map(([key, field]) => ({
        key,
        accept: acceptorOf(field),
        optional: field._zod.optin === 'optional',
      }))
      if (fields.some((field) => !field.accept)) return null
      return (value) => {
        if (!isRecord(value)) return REFUSED
        // Made only once a field's value differs from the input's, or a key must be dropped.
        let out: Record<string, unknown> | null = null
        let present = 0
        // Indexed: this runs for every object of every answer, and an iterator would allocate.
        for (let index = 0; index < fields.length; index += 1) {
          const { key, accept, optional } = fields[index] as (typeof fields)[number]
          if (!Object.hasOwn(value, key)) {
            if (optional) continue
            return REFUSED
          }
          const accepted = (accept as Acceptor)(value[key])
          if (accepted === REFUSED) return REFUSED
          present += 1
          if (!out && accepted !== value[key]) out = fieldsOf(value, fields.slice(0, index))
          if (out) out[key] = accepted
        }
        if (out) return out
        // Nothing changed and nothing to drop: the value itself is what Zod would give. A fresh
        // answer's objects are nobody else's, and each of a board's 2,000 releases carries three
        // such (app, slug, user): not copying them is less garbage while the board opens.
        return ownKeyCount(value) === present ? value : fieldsOf(value, fields)
      }
    }
    default:
      return null
  }
}

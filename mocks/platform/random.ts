/**
 * A small seeded generator (mulberry32), so scenarios produce the same ids, SHAs and timings on
 * every run: tests and screenshots stay stable and a demo reset gives back the same board.
 */
export interface Random {
  next(): number
  int(maxExclusive: number): number
  pick<T>(items: readonly T[]): T
  uuid(): string
  sha(): string
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('')
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive)
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)]
      if (item === undefined) throw new Error('pick() from an empty list')
      return item
    },
    // RFC 4122 version 4 layout, so the ids pass the schema's uuid format
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`,
    sha: () => hex(40),
  }
}

/**
 * A generator seeded by a name (FNV-1a of its parts): the same name, the same ids and words. For
 * what the mock works out when asked rather than keeps (a dyno's id, a repository's number).
 */
export function seededBy(...parts: string[]): Random {
  let hash = 0x811c9dc5
  for (const char of parts.join(':')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return createRandom(hash >>> 0)
}

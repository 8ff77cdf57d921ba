import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate, parseRange, type RangeSpec } from './range'

const KEYS = ['id', 'version'] as const

function spec(header: string | null): RangeSpec {
  const parsed = parseRange(header, KEYS, 'id')
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.spec
}

interface Item {
  id: string
  version: number
}
const items = (count: number): Item[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `id-${String(i + 1).padStart(4, '0')}`,
    version: i + 1,
  }))
const valueOf = (item: Item, key: string) => (key === 'version' ? item.version : item.id)
const versions = (page: { items: Item[] }) => page.items.map((item) => item.version)

describe('parseRange', () => {
  it.each([null, '', '   '])(
    'defaults to the default key, 200 per page, ascending for %j',
    (header) => {
      expect(spec(header)).toEqual({
        key: 'id',
        start: undefined,
        startExclusive: false,
        end: undefined,
        max: DEFAULT_PAGE_SIZE,
        order: 'asc',
      })
    },
  )

  it('reads the key, max and order the CLI sends', () => {
    expect(spec('version ..; max=15, order=desc')).toMatchObject({
      key: 'version',
      max: 15,
      order: 'desc',
    })
    expect(spec('id ..; max=1000;')).toMatchObject({ key: 'id', max: 1000, order: 'asc' })
    expect(spec('version ..; order=desc,max=10;')).toMatchObject({ max: 10, order: 'desc' })
  })

  it(`caps max at ${MAX_PAGE_SIZE}`, () => {
    expect(spec('id ..; max=5000').max).toBe(MAX_PAGE_SIZE)
  })

  it('reads an exclusive start from Next-Range, and inclusive bounds', () => {
    expect(spec('version ]12..; max=5, order=desc')).toMatchObject({
      key: 'version',
      start: '12',
      startExclusive: true,
      end: undefined,
    })
    expect(spec('version 3..7')).toMatchObject({ start: '3', end: '7', startExclusive: false })
  })

  it.each([
    'version',
    'version 1-2',
    'Version ..',
    'name ..',
    'id ..; max=0',
    'id ..; max=-3',
    'id ..; max=ten',
    'id ..; max=2.5',
    'id ..; order=sideways',
  ])('rejects %j with a message', (header) => {
    const parsed = parseRange(header, KEYS, 'id')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(/^Invalid Range/)
  })

  it('names the valid keys when the key is unknown', () => {
    expect(parseRange('name ..', KEYS, 'id')).toEqual({
      ok: false,
      message: 'Invalid Range key name. Valid keys: id, version.',
    })
  })
})

describe('paginate', () => {
  it('returns everything in one page without a Next-Range when it fits', () => {
    const page = paginate(items(3), spec(null), valueOf)
    expect(page.items.map((item) => item.id)).toEqual(['id-0001', 'id-0002', 'id-0003'])
    expect(page.nextRange).toBeUndefined()
    expect(page.contentRange).toBe('id id-0001..id-0003')
  })

  it(`pages ${DEFAULT_PAGE_SIZE} at a time by default`, () => {
    const page = paginate(items(250), spec(null), valueOf)
    expect(page.items).toHaveLength(DEFAULT_PAGE_SIZE)
    expect(page.nextRange).toBe('id ]id-0200..; max=200')
  })

  it(`never returns more than ${MAX_PAGE_SIZE}`, () => {
    expect(paginate(items(1500), spec('id ..; max=99999'), valueOf).items).toHaveLength(
      MAX_PAGE_SIZE,
    )
  })

  it('sorts numeric keys as numbers, descending, and follows Next-Range to the end', () => {
    const all = items(12).reverse() // input order must not matter
    const first = paginate(all, spec('version ..; max=5, order=desc'), valueOf)
    expect(versions(first)).toEqual([12, 11, 10, 9, 8])
    expect(first.contentRange).toBe('version 12..8')
    expect(first.nextRange).toBe('version ]8..; max=5, order=desc')

    const second = paginate(all, spec(first.nextRange ?? ''), valueOf)
    expect(versions(second)).toEqual([7, 6, 5, 4, 3])
    const last = paginate(all, spec(second.nextRange ?? ''), valueOf)
    expect(versions(last)).toEqual([2, 1])
    expect(last.nextRange).toBeUndefined()
  })

  it('gives no Next-Range when the last page is exactly full', () => {
    const page = paginate(items(10), spec('version ]5..; max=5'), valueOf)
    expect(versions(page)).toEqual([6, 7, 8, 9, 10])
    expect(page.nextRange).toBeUndefined()
  })

  it('honours inclusive start and end bounds', () => {
    expect(versions(paginate(items(12), spec('version 3..10'), valueOf))).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10,
    ])
    expect(versions(paginate(items(12), spec('version 10..3; order=desc'), valueOf))).toEqual([
      10, 9, 8, 7, 6, 5, 4, 3,
    ])
  })

  it('handles an empty list', () => {
    expect(paginate([], spec('version ..; order=desc'), valueOf)).toEqual({
      items: [],
      contentRange: undefined,
      nextRange: undefined,
    })
  })
})

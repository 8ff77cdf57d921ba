import { describe, expect, it } from 'vitest'
import { firstLine, namesList, plural, relativeTime, shortSha, sinceWords } from './format'

describe('relativeTime', () => {
  const now = Date.parse('2026-11-21T12:00:00Z')
  it.each([
    ['2026-11-21T11:59:30Z', 'just now'],
    ['2026-11-21T11:55:00Z', '5 minutes ago'],
    ['2026-11-21T09:00:00Z', '3 hours ago'],
    ['2026-11-20T12:00:00Z', 'yesterday'],
    ['2026-11-07T12:00:00Z', '2 weeks ago'],
    ['2025-11-21T12:00:00Z', 'last year'],
  ])('%s is "%s"', (iso, words) => {
    expect(relativeTime(iso, now)).toBe(words)
  })
})

it('pluralizes, shortens SHAs and takes the first line of a message', () => {
  expect(plural(1, 'app')).toBe('1 app')
  expect(plural(0, 'app')).toBe('0 apps')
  expect(plural(2, 'commit')).toBe('2 commits')
  expect(shortSha('60883d9e8947a57e04dc9124f25df004866a2051')).toBe('60883d9')
  expect(firstLine('Fix the thing\n\nLonger body')).toBe('Fix the thing')
})

describe('namesList', () => {
  it('names up to three apps, then says how many more', () => {
    expect(namesList([])).toBe('')
    expect(namesList(['a'])).toBe('a')
    expect(namesList(['a', 'b'])).toBe('a and b')
    expect(namesList(['a', 'b', 'c'])).toBe('a, b and c')
    expect(namesList(['a', 'b', 'c', 'd'])).toBe('a, b, c and 1 more')
    const many = Array.from({ length: 1300 }, (_, i) => `c${i}`)
    expect(namesList(many, 2)).toBe('c0, c1 and 1,298 more')
  })
})

it('says how long since a read in steps a label can follow', () => {
  expect(sinceWords(-500)).toBe('just now')
  expect(sinceWords(9_999)).toBe('just now')
  expect(sinceWords(12_000)).toBe('10 s ago')
  expect(sinceWords(59_000)).toBe('55 s ago')
  expect(sinceWords(60_000)).toBe('1 min ago')
  expect(sinceWords(59 * 60_000)).toBe('59 min ago')
  expect(sinceWords(3 * 3_600_000)).toBe('3 hours ago')
})

import { describe, expect, it } from 'vitest'
import { matchesFilter, type FilterFacts } from './board-filter'
import { filterTerms } from './format'

const failing: FilterFacts = {
  name: 'fleet-c0007',
  commit: '266cd59a1b2c3d4e5f60718293a4b5c6d7e8f901',
  words: ['release command failed', 'maintenance'],
}

describe('the board filter', () => {
  it('finds a card by part of its name, the start of its commit, or what its card says', () => {
    expect(matchesFilter(filterTerms('c0007'), failing)).toBe(true)
    expect(matchesFilter(filterTerms('266cd59'), failing)).toBe(true)
    expect(matchesFilter(filterTerms('FAILED'), failing)).toBe(true)
    expect(matchesFilter(filterTerms('maintenance'), failing)).toBe(true)
  })

  it('needs every word to match, and at least four characters of a commit', () => {
    expect(matchesFilter(filterTerms('fleet failed'), failing)).toBe(true)
    expect(matchesFilter(filterTerms('fleet pending'), failing)).toBe(false)
    expect(matchesFilter(filterTerms('266'), failing)).toBe(false)
    expect(matchesFilter(filterTerms('cd59'), failing)).toBe(false)
  })

  it('lets everything through when there is nothing to filter by', () => {
    expect(filterTerms('   ')).toEqual([])
    expect(matchesFilter([], failing)).toBe(true)
  })
})

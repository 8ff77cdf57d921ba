import { describe, expect, it } from 'vitest'
import type { Drift } from './drift'
import { driftFilterOf, matchesDrift } from './drift-filter'

const identical: Drift = { kind: 'identical' }
const behind: Drift = { kind: 'behind', behind: 4 }
const ahead: Drift = { kind: 'ahead', ahead: 2 }
const diverged: Drift = { kind: 'diverged', ahead: 1, behind: 3 }
const comparing: Drift = { kind: 'loading' }
const notCompared: Drift = { kind: 'not-compared', reason: 'this app has no succeeded release' }

describe('the drift filter', () => {
  it('finds code behind, ahead of or diverged from any one neighbouring group', () => {
    expect(matchesDrift([identical, behind], 'behind')).toBe(true)
    expect(matchesDrift([ahead, identical], 'ahead')).toBe(true)
    expect(matchesDrift([diverged], 'diverged')).toBe(true)
    expect(matchesDrift([notCompared, identical], 'not-compared')).toBe(true)
    expect(matchesDrift([identical, ahead], 'behind')).toBe(false)
    // Diverged is its own kind: it is not also "behind".
    expect(matchesDrift([diverged], 'behind')).toBe(false)
  })

  it('calls code up to date only when it is the same as every neighbouring group', () => {
    expect(matchesDrift([identical, identical], 'up-to-date')).toBe(true)
    expect(matchesDrift([identical, behind], 'up-to-date')).toBe(false)
    expect(matchesDrift([identical, notCompared], 'up-to-date')).toBe(false)
    // Nothing to compare with (the neighbouring stages are empty) is not "up to date".
    expect(matchesDrift([], 'up-to-date')).toBe(false)
    expect(matchesDrift([], 'behind')).toBe(false)
  })

  it('waits for a comparison that could still decide, and only for one', () => {
    expect(matchesDrift([identical, comparing], 'behind')).toBeUndefined()
    expect(matchesDrift([identical, comparing], 'up-to-date')).toBeUndefined()
    // Already decided by what is known, whatever the pending comparison says.
    expect(matchesDrift([behind, comparing], 'behind')).toBe(true)
    expect(matchesDrift([behind, comparing], 'up-to-date')).toBe(false)
  })

  it('reads only the filters it knows from the address', () => {
    expect(driftFilterOf('behind')).toBe('behind')
    expect(driftFilterOf('up-to-date')).toBe('up-to-date')
    expect(driftFilterOf('constructor')).toBeUndefined()
    expect(driftFilterOf(null)).toBeUndefined()
  })
})

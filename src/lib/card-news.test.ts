import { expect, it } from 'vitest'
import { emptySnapshot, newsBetween, type BoardSnapshot } from './card-news'

const snapshot = (
  stages: Record<string, string>,
  releases: Record<string, [string, number]>,
): BoardSnapshot =>
  ({
    stages: new Map(Object.entries(stages)),
    releases: new Map(
      Object.entries(releases).map(([app, [id, version]]) => [app, { id, version }]),
    ),
  }) as BoardSnapshot

const before = snapshot(
  { dev: 'development', stg: 'staging', prod: 'production' },
  { dev: ['r1', 10], stg: ['r2', 20], prod: ['r3', 30] },
)

it('says which cards moved, joined or got a new release, and nothing of the others', () => {
  const after = snapshot(
    { dev: 'staging', stg: 'staging', prod: 'production', eu: 'production' },
    { dev: ['r1', 10], stg: ['r4', 21], prod: ['r3', 30], eu: ['r5', 3] },
  )
  expect(Object.fromEntries(newsBetween(before, after))).toEqual({
    dev: 'Moved here from Development',
    eu: 'Added to the pipeline',
    stg: 'New release v21',
  })
})

it('puts a move and a release of one app together', () => {
  const after = snapshot(
    { ...Object.fromEntries(before.stages), prod: 'staging' },
    {
      ...Object.fromEntries([...before.releases].map(([app, r]) => [app, [r.id, r.version]])),
      prod: ['r9', 31],
    },
  )
  expect(newsBetween(before, after).get('prod')).toBe(
    'Moved here from Production · New release v31',
  )
})

it('makes no news from the first read, nor for an app that left the board', () => {
  expect(newsBetween(emptySnapshot(), before).size).toBe(0)
  const after = snapshot({ dev: 'development' }, { dev: ['r1', 10], stg: ['r8', 22] })
  expect(newsBetween(before, after).size).toBe(0)
})

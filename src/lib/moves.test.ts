import { describe, expect, it } from 'vitest'
import { judgeMove, moveAnnouncements, moveTargetsFrom } from './moves'

describe('judgeMove', () => {
  it.each([
    ['development', 'staging'],
    ['development', 'production'],
    ['staging', 'development'],
    ['production', 'staging'],
  ] as const)('lets an app move from %s to %s', (from, to) => {
    expect(judgeMove(from, to)).toEqual({ kind: 'allowed' })
  })

  it('treats a drop on its own stage as nothing to do', () => {
    expect(judgeMove('staging', 'staging')).toEqual({ kind: 'same-stage' })
    expect(judgeMove('review', 'review')).toEqual({ kind: 'same-stage' })
  })

  it('refuses review as a destination, saying why', () => {
    expect(judgeMove('staging', 'review')).toEqual({
      kind: 'refused',
      reason: 'Review holds review apps, which are created from pull requests.',
    })
  })

  it('keeps review apps in review', () => {
    for (const to of ['development', 'staging', 'production'] as const) {
      expect(judgeMove('review', to)).toEqual({
        kind: 'refused',
        reason: 'Review apps come from pull requests and stay in Review.',
      })
    }
  })

  it('refuses the test stage, which belongs to Heroku CI', () => {
    expect(judgeMove('production', 'test')).toEqual({
      kind: 'refused',
      reason: "Apps can't be moved to Test.",
    })
  })
})

describe('moveTargetsFrom', () => {
  it('offers the other hand-managed stages in promotion order', () => {
    expect(moveTargetsFrom('development')).toEqual(['staging', 'production'])
    expect(moveTargetsFrom('staging')).toEqual(['development', 'production'])
    expect(moveTargetsFrom('production')).toEqual(['development', 'staging'])
  })

  it('offers nothing to a review app', () => {
    expect(moveTargetsFrom('review')).toEqual([])
  })
})

describe('moveAnnouncements', () => {
  const card = { name: 'billing-api-staging', stage: 'staging' } as const

  it('speaks app and stage names through a whole drag', () => {
    expect(moveAnnouncements.pickedUp(card)).toBe(
      'Picked up billing-api-staging. It is in Staging.',
    )
    expect(moveAnnouncements.over(card, 'production')).toBe('Over Production.')
    expect(moveAnnouncements.dropped(card, 'production')).toBe(
      'Dropped billing-api-staging in Production. Asking Heroku to move it.',
    )
  })

  it('says why a column refuses, and that the app stays', () => {
    expect(moveAnnouncements.over(card, 'review')).toBe(
      "Over Review. Can't drop here: Review holds review apps, which are created from pull requests.",
    )
    expect(moveAnnouncements.dropped(card, 'review')).toBe(
      'Review holds review apps, which are created from pull requests. billing-api-staging stays in Staging.',
    )
  })

  it('tells apart its own column, no column, and a cancel', () => {
    expect(moveAnnouncements.over(card, 'staging')).toBe(
      'Over Staging, where billing-api-staging is now.',
    )
    expect(moveAnnouncements.dropped(card, 'staging')).toBe(
      'Dropped billing-api-staging where it was. billing-api-staging stays in Staging.',
    )
    expect(moveAnnouncements.over(card, undefined)).toBe(
      'billing-api-staging is not over a stage. Dropping now keeps it in Staging.',
    )
    expect(moveAnnouncements.dropped(card, undefined)).toBe(
      'Dropped outside the stages. billing-api-staging stays in Staging.',
    )
    expect(moveAnnouncements.cancelled(card)).toBe(
      'Move cancelled. billing-api-staging stays in Staging.',
    )
  })
})

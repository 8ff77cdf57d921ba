import { describe, expect, it } from 'vitest'
import type { BoardEntry } from '@/lib/board'
import { landCards, type Landing } from './landing'

const entry = (name: string, stage: BoardEntry['stage']): BoardEntry => ({
  appId: `id-${name}`,
  couplingId: `c-${name}`,
  name,
  stage,
  app: undefined,
  latest: undefined,
})
const appCard = (e: BoardEntry) => ({ kind: 'app' as const, key: e.appId, entry: e })
const pendingCard = (key: string) => ({ kind: 'pending' as const, key })
type Card = ReturnType<typeof appCard> | ReturnType<typeof pendingCard>
const names = (cards: Card[]) =>
  cards.map((card) => (card.kind === 'app' ? card.entry.name : card.key))

const moved = entry('shop-b', 'development')
const landing: Landing = { appId: moved.appId, to: 'staging', entry: moved, basis: undefined }

describe('landCards', () => {
  it('takes the moved card out of the column it left', () => {
    const cards: Card[] = [appCard(entry('shop-a', 'development')), appCard(moved)]
    expect(names(landCards(cards, 'development', landing, appCard))).toEqual(['shop-a'])
  })

  it('puts it in its new column in name order, with its new stage', () => {
    const cards: Card[] = [appCard(entry('shop-a', 'staging')), appCard(entry('shop-c', 'staging'))]
    const landed = landCards(cards, 'staging', landing, appCard)
    expect(names(landed)).toEqual(['shop-a', 'shop-b', 'shop-c'])
    expect(landed[1]).toMatchObject({ kind: 'app', entry: { name: 'shop-b', stage: 'staging' } })
  })

  it('lands last among apps, before the cards of pull requests still without an app', () => {
    const cards: Card[] = [appCard(entry('shop-a', 'staging')), pendingCard('PR #7')]
    const landed = landCards(cards, 'staging', landing, appCard)
    expect(names(landed)).toEqual(['shop-a', 'shop-b', 'PR #7'])
  })

  it('leaves the other columns as they were, the same list', () => {
    const cards: Card[] = [appCard(entry('shop-z', 'production'))]
    expect(landCards(cards, 'production', landing, appCard)).toBe(cards)
  })
})

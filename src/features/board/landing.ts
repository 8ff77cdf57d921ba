import { useSyncExternalStore } from 'react'
import type { Coupling } from '@/api/couplings'
import { byName, type BoardEntry } from '@/lib/board'
import { createValueStore, type ValueStore } from '@/lib/value-store'
import type { BoardStage } from '@/lib/stages'

/**
 * A move shown before the cache has it. The cache's optimistic update reaches the board a task
 * after the drop, and re-joins every card of the board (2,000 on a big one); this puts the one
 * moved card in its new column in the render of the drop itself. It holds only while the
 * couplings it was made against are the board's: any newer answer (the optimistic update, a
 * refusal putting the card back, a refetch) is the truth again.
 */
export interface Landing {
  appId: string
  to: BoardStage
  /** the card's entry as it was before the move */
  entry: BoardEntry
  /** the couplings the board showed when the card was dropped */
  basis: Coupling[] | undefined
}

/** A column's list of cards of any kind, as `useBoard` makes them. */
type Card = { kind: 'app'; key: string; entry: BoardEntry } | { kind: 'pending'; key: string }

/**
 * A column's cards with the landing applied: the moved card leaves the column it was in and
 * joins `to` in name order (ahead of any pending review-app card, which come last).
 */
export function landCards<C extends Card>(
  cards: C[],
  stage: BoardStage,
  landing: Landing,
  cardOf: (entry: BoardEntry) => C,
): C[] {
  const others = cards.filter((card) => card.key !== landing.appId)
  if (stage !== landing.to) return others.length === cards.length ? cards : others
  const landed = { ...landing.entry, stage: landing.to }
  const at = others.findIndex(
    (card) => card.kind !== 'app' || byName(card.entry.name, landed.name) > 0,
  )
  return others.toSpliced(at === -1 ? others.length : at, 0, cardOf(landed))
}

/**
 * The board's last landing, held outside React state: the columns subscribe to it, so a drop
 * renders the two columns involved, not the whole board (its header, filter and dialogs).
 */
export const createLandings = () => createValueStore<Landing | undefined>(undefined)
export type Landings = ValueStore<Landing | undefined>

/** A column's cards with the board's last landing applied, while the couplings are its basis. */
export function useLandedCards<C extends Card>(
  landings: Landings,
  cards: C[],
  stage: BoardStage,
  basis: Coupling[] | undefined,
  cardOf: (entry: BoardEntry) => C,
): C[] {
  const landing = useSyncExternalStore(landings.subscribe, landings.get)
  return landing && landing.basis === basis ? landCards(cards, stage, landing, cardOf) : cards
}

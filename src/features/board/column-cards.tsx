import type React from 'react'
import type { Coupling } from '@/api/couplings'
import type { RowKey } from '@/components/ui/virtual-rows'
import type { BoardStage } from '@/lib/stages'
import { useLandedCards, type Landings } from './landing'
import { appCard, type ColumnCard } from './use-board'
import { VirtualCardList } from './virtual-card-list'

const cardKey = (card: ColumnCard) => card.key

interface ColumnCardsProps {
  stage: BoardStage
  cards: ColumnCard[]
  /** the couplings the cards were made from */
  basis: Coupling[] | undefined
  landings: Landings
  renderCard: (card: ColumnCard) => React.ReactNode
  sizes: Map<RowKey, number>
}

/**
 * A column's list of cards. A move lands here in the render of its drop or click (see
 * landing.ts): this list alone renders again for it, not the board around it.
 */
export function ColumnCards({
  stage,
  cards,
  basis,
  landings,
  renderCard,
  sizes,
}: ColumnCardsProps) {
  const items = useLandedCards(landings, cards, stage, basis, appCard)
  return (
    <VirtualCardList
      stage={stage}
      items={items}
      keyOf={cardKey}
      renderItem={renderCard}
      sizes={sizes}
    />
  )
}

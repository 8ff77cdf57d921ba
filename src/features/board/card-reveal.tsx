import { createContext, use, useEffect, useRef } from 'react'

/** Scrolls a column to one of its cards, if it has it; says whether it did. */
type Reveal = (appId: string) => boolean

/** The columns of a board, each able to bring one of its cards into view. */
class CardRevealers {
  private readonly columns = new Map<string, Reveal>()

  register(stage: string, reveal: Reveal) {
    this.columns.set(stage, reveal)
    return () => {
      if (this.columns.get(stage) === reveal) this.columns.delete(stage)
    }
  }

  reveal(stage: string, appId: string) {
    return this.columns.get(stage)?.(appId) ?? false
  }
}

export const CardRevealContext = createContext<CardRevealers | null>(null)

export const createCardRevealers = () => new CardRevealers()

/** Lets the board bring a card of this column into view (after a move, say). */
export function useCardReveal(stage: string, reveal: Reveal) {
  const revealers = use(CardRevealContext)
  const latest = useRef(reveal)
  useEffect(() => {
    latest.current = reveal
  })
  useEffect(() => revealers?.register(stage, (appId) => latest.current(appId)), [revealers, stage])
}

/**
 * The board's filter: a few words narrow the cards to those that match every word, by the app's
 * name, the commit it runs (from its short SHA), or what its card says of its state.
 */

/** What a card can be found by. */
export interface FilterFacts {
  name: string
  /** the commit the app runs, if known */
  commit?: string
  /** words its card shows: "release command failed", "maintenance", "created" */
  words: string[]
}

/** Whether a card matches every term: in its name, at the start of its commit, or in its words. */
export function matchesFilter(terms: string[], facts: FilterFacts): boolean {
  const name = facts.name.toLowerCase()
  const commit = facts.commit?.toLowerCase()
  const words = facts.words.map((word) => word.toLowerCase())
  return terms.every(
    (term) =>
      name.includes(term) ||
      (commit !== undefined && term.length >= 4 && commit.startsWith(term)) ||
      words.some((word) => word.includes(term)),
  )
}

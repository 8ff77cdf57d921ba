/**
 * Records of a list answer that did not have the shape Heroku documents, by the id of the app
 * (or other thing) they belong to and the list they came in, with what was wrong: the list goes
 * on without them, and their own card says why. One broken app record must not blank a board of
 * 2,000. Kept per list, since an app's settings and its releases come in different lists: one
 * read whole does not clear the other's problem.
 */
const problems = new Map<string, Map<string, string>>()
const listeners = new Set<() => void>()

const changed = () => {
  for (const listener of listeners) listener()
}

export function noteMalformed(id: string, list: string, problem: string) {
  const ofId = problems.get(id) ?? new Map<string, string>()
  if (ofId.get(list) === problem) return
  ofId.set(list, problem)
  problems.set(id, ofId)
  changed()
}

/**
 * Records that arrived whole again in that list are no longer malformed there. The ids are asked
 * for only when some record is malformed: a list of 2,000 read whole costs nothing more.
 */
export function noteWellFormed(ids: () => Iterable<string>, list: string) {
  if (problems.size === 0) return
  let any = false
  for (const id of ids()) {
    const ofId = problems.get(id)
    if (!ofId?.delete(list)) continue
    if (ofId.size === 0) problems.delete(id)
    any = true
  }
  if (any) changed()
}

/** What was wrong with a record of this id, in any list. */
export const malformedProblem = (id: string): string | undefined =>
  problems.get(id)?.values().next().value

export function subscribeMalformed(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

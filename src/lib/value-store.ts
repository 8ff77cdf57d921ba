/**
 * One value that components read with `useSyncExternalStore`: setting it renders only the
 * components that subscribe, not the one that holds the store. For a signal that must reach a
 * component deep in a large tree within the frame of a click (see the board's landings and its
 * Promote… press).
 */
export function createValueStore<T>(initial: T) {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set: (next: T) => {
      value = next
      for (const listener of listeners) listener()
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
export type ValueStore<T> = ReturnType<typeof createValueStore<T>>

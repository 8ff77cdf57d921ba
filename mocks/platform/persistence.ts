import { STATE_SCHEMA_VERSION, type PlatformState } from './types'

/** Where the demo's state lives between page loads. */
export interface StateStorage {
  load(): PlatformState | undefined
  save(state: PlatformState): void
  clear(): void
}

/** Versioned localStorage snapshot: a snapshot of another schema version is dropped, not migrated. */
export function browserStorage(storage: Storage, key = 'stageboard:demo-state'): StateStorage {
  return {
    load() {
      try {
        const raw = storage.getItem(key)
        if (!raw) return undefined
        const state = JSON.parse(raw) as PlatformState
        return state.schemaVersion === STATE_SCHEMA_VERSION ? state : undefined
      } catch {
        return undefined // unreadable snapshot: start over from the scenario
      }
    },
    save(state) {
      try {
        storage.setItem(key, JSON.stringify(state))
      } catch (error) {
        // Quota exceeded (a very large scenario): the demo keeps working, only unsaved.
        console.warn('Stageboard demo: could not save the demo state', error)
      }
    },
    clear() {
      storage.removeItem(key)
    },
  }
}

/** Node and tests: the state lives as long as the process. */
export function memoryStorage(): StateStorage {
  let saved: string | undefined
  return {
    load: () => (saved ? (JSON.parse(saved) as PlatformState) : undefined),
    save: (state) => {
      saved = JSON.stringify(state)
    },
    clear: () => {
      saved = undefined
    },
  }
}

/**
 * Nowhere: the state lives in the page until it is reloaded. For a scenario too large to save
 * (and too large to copy after every change, as `memoryStorage` does).
 */
export function unsavedStorage(): StateStorage {
  return { load: () => undefined, save: () => undefined, clear: () => undefined }
}

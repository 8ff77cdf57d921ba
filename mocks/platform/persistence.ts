import type { Platform } from './store'
import { STATE_SCHEMA_VERSION, type PlatformState } from './types'

/**
 * Where the demo's state lives, and how each request reaches it. A request's work runs through
 * `transact`: storage shared with other tabs first brings `platform.state` up to date with what
 * they saved, then saves what the work changed, with no other tab's request in between. Two tabs
 * are then two clients of one Heroku: neither can undo the other's change by saving a stale copy.
 */
export interface StateStorage {
  /**
   * Runs `work` (synchronous: a request's read and write must not be split) on the newest state,
   * and saves the state if the work marked it dirty, even when the work then threw.
   */
  transact<T>(platform: Platform, work: () => T): Promise<T>
}

/** Runs `work`, then `save`s if it changed the state; an error still saves, then is thrown. */
function runAndSave<T>(platform: Platform, work: () => T, save: () => void): T {
  platform.dirty = false
  try {
    return work()
  } finally {
    if (platform.dirty) save()
    platform.dirty = false
  }
}

/**
 * Node and tests: the state lives as long as the process. The work runs in the call itself (an
 * async function runs up to its first await), so a reset is done when `reset()` returns.
 */
export function memoryStorage(): StateStorage {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, as shared storage gives
    async transact(platform, work) {
      return runAndSave(platform, work, () => undefined)
    },
  }
}

/**
 * Nowhere: each tab keeps its own state until it is reloaded. For a scenario too large to save
 * after every change (the large one's state is about 6 MB).
 */
export const unsavedStorage = memoryStorage

const DATABASE = 'stageboard-demo'
const STORE = 'state'

/** An IndexedDB request as a promise. Awaiting it keeps its transaction open. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'))
  })
}

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DATABASE, 1)
  request.onupgradeneeded = () => request.result.createObjectStore(STORE)
  return settled(request)
}

const isState = (value: unknown): value is PlatformState =>
  typeof value === 'object' &&
  value !== null &&
  (value as PlatformState).schemaVersion === STATE_SCHEMA_VERSION

/**
 * The demo's state in IndexedDB, shared by the tabs of one browser. A readwrite transaction per
 * request gives the one-writer-at-a-time the tabs need: IndexedDB runs overlapping readwrite
 * transactions one after another, across tabs. Each save bumps a revision; a tab reads the whole
 * state again only when the revision is not the one it last saw.
 *
 * The first tab to make a request saves the state it built: the others adopt it, ids and all.
 * `legacy` is the snapshot an earlier version kept in localStorage, adopted instead when present.
 */
export function sharedBrowserStorage(
  key: string,
  legacy?: { read(): PlatformState | undefined; forget(): void },
): StateStorage {
  let database: Promise<IDBDatabase> | undefined
  /** the revision `platform.state` reflects; 0 until this tab has read or saved one */
  let seen = 0
  return {
    async transact(platform, work) {
      const db = await (database ??= openDatabase())
      const transaction = db.transaction(STORE, 'readwrite')
      const done = committed(transaction)
      const store = transaction.objectStore(STORE)
      const saved: unknown = await settled(store.get(`${key}:revision`))
      const revision = typeof saved === 'number' ? saved : 0
      let adopted = false
      if (revision === 0) {
        const old = legacy?.read()
        if (old) platform.state = old
        adopted = true
      } else if (revision !== seen) {
        const state: unknown = await settled(store.get(`${key}:state`))
        // Unreadable: this tab's state replaces it (a notice is #12's durable-data work).
        if (isState(state)) platform.state = state
        else adopted = true
      }
      seen = revision
      const save = () => {
        seen = revision + 1
        store.put(platform.state, `${key}:state`)
        store.put(seen, `${key}:revision`)
      }
      try {
        return runAndSave(platform, work, save)
      } finally {
        if (adopted && seen === revision) save()
        await done
        if (adopted) legacy?.forget()
      }
    },
  }
}

/** The snapshot versions before IndexedDB kept in localStorage: adopted once, then removed. */
export function localStorageSnapshot(storage: Storage, key: string) {
  return {
    read(): PlatformState | undefined {
      try {
        const raw = storage.getItem(key)
        const state: unknown = raw ? JSON.parse(raw) : undefined
        return isState(state) ? state : undefined
      } catch {
        return undefined
      }
    },
    forget: () => storage.removeItem(key),
  }
}

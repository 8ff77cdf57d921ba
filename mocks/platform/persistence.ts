import { readSnapshot } from './snapshot'
import type { Platform } from './store'

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

/** What the person is told about their saved demo data: read back, or kept. */
export interface StorageReport {
  /** a saved state could not be read and was replaced by the scenario's start */
  replaced(problem: string): void
  /** a change could not be saved: it lasts in this tab until a reload */
  unsaved(reason: string): void
}

const SILENT: StorageReport = { replaced: () => undefined, unsaved: () => undefined }

/** Why a write failed, in a person's words: a full disk is the likely one. */
function writeFailure(error: unknown) {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return "the browser's storage for this site is full"
  }
  return error instanceof Error ? error.message : 'the browser refused to save them'
}

/**
 * The demo's state in IndexedDB, shared by the tabs of one browser. A readwrite transaction per
 * request gives the one-writer-at-a-time the tabs need: IndexedDB runs overlapping readwrite
 * transactions one after another, across tabs. Each save bumps a revision; a tab reads the whole
 * state again only when the revision is not the one it last saw.
 *
 * The first tab to make a request saves the state it built: the others adopt it, ids and all.
 * `legacy` is the snapshot an earlier version kept in localStorage, adopted instead when present.
 * A saved state is read through `readSnapshot`: an older format is migrated; one that cannot be
 * read is replaced by this tab's, and `report` says so. A write that fails (storage full) keeps
 * the change in this tab, says so, and is saved with the next write that succeeds.
 */
export function sharedBrowserStorage(
  key: string,
  legacy?: { read(): unknown; forget(): void },
  report: StorageReport = SILENT,
): StateStorage {
  let database: Promise<IDBDatabase> | undefined
  /** the revision `platform.state` reflects; 0 until this tab has read or saved one */
  let seen = 0
  /** adopt what was read, or say why it was not */
  const adopt = (platform: Platform, value: unknown) => {
    const reading = readSnapshot(value)
    if ('state' in reading) {
      platform.state = reading.state
      return reading.migratedFrom !== undefined
    }
    report.replaced(reading.problem)
    return true
  }
  return {
    async transact(platform, work) {
      const db = await (database ??= openDatabase())
      const transaction = db.transaction(STORE, 'readwrite')
      const done = committed(transaction)
      const store = transaction.objectStore(STORE)
      const saved: unknown = await settled(store.get(`${key}:revision`))
      const revision = typeof saved === 'number' ? saved : 0
      /** whether what this tab holds must be saved though the work changes nothing */
      let mustSave = false
      if (revision === 0) {
        const old = legacy?.read()
        if (old !== undefined) adopt(platform, old)
        mustSave = true
      } else if (revision !== seen) {
        mustSave = adopt(platform, await settled(store.get(`${key}:state`)))
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
        try {
          if (mustSave && seen === revision) save()
          await done
          if (revision === 0) legacy?.forget()
        } catch (failure) {
          // Kept in this tab: the revision it saw is still the saved one, so its next request
          // does not read the older saved state over the change, and saves it all if it can.
          seen = revision
          report.unsaved(writeFailure(failure))
        }
      }
    },
  }
}

/** The snapshot versions before IndexedDB kept in localStorage: adopted once, then removed. */
export function localStorageSnapshot(storage: Storage, key: string) {
  return {
    /** the parsed snapshot (checked by whoever adopts it), or undefined if there is none */
    read(): unknown {
      const raw = storage.getItem(key)
      if (raw === null) return undefined
      try {
        return JSON.parse(raw) as unknown
      } catch {
        return raw
      }
    },
    forget: () => storage.removeItem(key),
  }
}

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
export function runAndSave<T>(platform: Platform, work: () => T, save: () => void): T {
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
  /**
   * A saved state could not be read: this tab's replaced it (`fresh`: the scenario's start, as the
   * tab had not read any yet), or, `kept`, it was left as it is and this tab saves nothing.
   */
  replaced(problem: string, how: { fresh: boolean; kept: boolean }): void
  /** a change could not be saved: it lasts in this tab until a reload or another tab's save */
  unsaved(reason: string): void
  /** a save went through: whatever could not be saved before now is */
  saved(): void
}

const SILENT: StorageReport = {
  replaced: () => undefined,
  unsaved: () => undefined,
  saved: () => undefined,
}

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
  /** the localStorage snapshot is read once a tab: after a failed first save it is not reread */
  let legacyRead = false
  /**
   * A newer Stageboard's data is left as it is: this tab runs on its own state and saves nothing,
   * so an old tab left open after an upgrade cannot write over the newer data.
   */
  let readOnly = false
  /** adopt what was read, or say why not; true when what this tab now holds must be saved */
  const adopt = (platform: Platform, value: unknown, fresh: boolean) => {
    const reading = readSnapshot(value)
    if ('state' in reading) {
      platform.state = reading.state
      return reading.migratedFrom !== undefined
    }
    if (reading.newer) readOnly = true
    report.replaced(reading.problem, { fresh, kept: reading.newer === true })
    return !readOnly
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
        const old = legacyRead ? undefined : legacy?.read()
        legacyRead = true
        if (old !== undefined) adopt(platform, old, seen === 0)
        mustSave = true
      } else if (revision !== seen && !readOnly) {
        mustSave = adopt(platform, await settled(store.get(`${key}:state`)), seen === 0)
      }
      seen = revision
      let wrote = false
      const save = () => {
        if (readOnly) return
        wrote = true
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
          if (wrote) {
            if (revision === 0) legacy?.forget()
            report.saved()
          }
        } catch (failure) {
          // Kept in this tab: the revision it saw is still the saved one, so its next request
          // does not read the older saved state over the change, and saves it all if it can.
          // (A change another tab saves meanwhile is read over it: the notice says so.)
          seen = revision
          if (wrote) report.unsaved(writeFailure(failure))
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
      try {
        const raw = storage.getItem(key)
        if (raw === null) return undefined
        try {
          return JSON.parse(raw) as unknown
        } catch {
          return raw
        }
      } catch {
        // Storage refused (blocked by the browser's settings): nothing to adopt.
        return undefined
      }
    },
    forget: () => storage.removeItem(key),
  }
}

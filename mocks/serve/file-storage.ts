/**
 * The sandbox's state in a file, so it survives a restart: read once when the server starts, and
 * written after every request that changed it. One process serves it, so there is no other writer
 * to reconcile with (the browser's tabs need `sharedBrowserStorage` for that).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { runAndSave, type StateStorage } from '../platform/persistence'
import { readSnapshot } from '../platform/snapshot'
import type { PlatformState } from '../platform/types'

export type SavedState =
  | { kind: 'none' }
  | { kind: 'read'; state: PlatformState; migratedFrom?: number }
  | { kind: 'unreadable'; problem: string }

/** What the file holds: nothing yet, a state (migrated from an older format), or a problem. */
export function readStateFile(path: string): SavedState {
  if (!existsSync(path)) return { kind: 'none' }
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return { kind: 'unreadable', problem: error instanceof Error ? error.message : String(error) }
  }
  const reading = readSnapshot(value)
  return 'state' in reading
    ? { kind: 'read', state: reading.state, migratedFrom: reading.migratedFrom }
    : { kind: 'unreadable', problem: reading.problem }
}

/**
 * The folder and those above it, made one by one: Node's recursive `mkdir` spins for ever on some
 * paths it cannot make (under /proc), where this fails at once with the system's reason.
 */
export function makeFolder(folder: string) {
  if (existsSync(folder)) return
  const parent = dirname(folder)
  if (parent !== folder) makeFolder(parent)
  mkdirSync(folder)
}

/** Writes the state whole, through a temporary file: a crash mid-write leaves the old one. */
export function writeStateFile(path: string, state: PlatformState) {
  makeFolder(dirname(path))
  const partial = `${path}.partial`
  writeFileSync(partial, JSON.stringify(state))
  renameSync(partial, path)
}

export function fileStorage(path: string): StateStorage {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- a promise, as StateStorage gives
    async transact(platform, work) {
      return runAndSave(platform, work, () => writeStateFile(path, platform.state))
    },
  }
}

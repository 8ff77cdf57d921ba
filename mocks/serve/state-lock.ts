/**
 * One sandbox per state file: a second one on the same file would write over the first one's
 * changes (and a failed start, over a running sandbox's). The lock is a file beside the state
 * holding the owner's process id; one whose owner is gone is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { makeFolder } from './file-storage'

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock, or says whose it is. Released when the process exits. */
export function lockState(statePath: string): { ok: true } | { ok: false; holder: number } {
  const lock = `${statePath}.lock`
  makeFolder(dirname(lock))
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' })
      process.on('exit', () => rmSync(lock, { force: true }))
      return { ok: true }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(lock, 'utf8'))
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) return { ok: false, holder }
      rmSync(lock, { force: true })
    }
  }
  throw new Error(`could not take ${lock}`)
}

/**
 * Vitest's global setup for the CLI test: installs the pinned Heroku CLI beside the sandbox when it
 * is not there yet (a fresh clone, CI). Its own lock file keeps the version exact; its own folder
 * keeps its React 18 apart from the dashboard's React 19.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const CLI_DIR = resolve(import.meta.dirname, 'heroku-cli')
export const HEROKU_BIN = resolve(CLI_DIR, 'node_modules/.bin/heroku')

export default function installHerokuCli() {
  if (existsSync(HEROKU_BIN)) return
  console.log('Installing the Heroku CLI for the CLI test (once)...')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: CLI_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`npm ci in ${CLI_DIR} failed`)
}

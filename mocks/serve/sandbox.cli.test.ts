/** `npm run mock:serve` itself: one sandbox per state file, and a start that fails writes nothing. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startSandbox, type Sandbox } from './sandbox-process'

const root = resolve(import.meta.dirname, '../..')
let scratch: string
let statePath: string
let running: Sandbox

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'stageboard-sandbox-'))
  statePath = join(scratch, 'state.json')
  running = await startSandbox(statePath)
})
afterAll(async () => {
  await running.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Runs `mock:serve` with these arguments until it exits (a start that fails exits at once). */
const serve = (...args: string[]) =>
  spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['mocks/serve/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  })

it('refuses a second sandbox on the same state file, even with --reset, and leaves the file alone', () => {
  const before = readFileSync(statePath, 'utf8')
  const second = serve('--port', '0', '--state', statePath, '--reset')
  expect(second.status).toBe(1)
  expect(second.stderr).toMatch(/^Another sandbox \(process \d+\) keeps its state in /)
  expect(readFileSync(statePath, 'utf8')).toBe(before)
})

it('says what is wrong with its options, and how to use it, without a stack trace', () => {
  const typo = serve('--prot', '5200')
  expect(typo.status).toBe(2)
  expect(typo.stderr).toContain("Unknown option '--prot'")
  expect(typo.stderr).toContain('Usage: npm run mock:serve -- [options]')
  expect(typo.stderr).not.toMatch(/\n\s+at /)
  expect(serve('--help').stdout).toContain('--reset          start over')
})

it('starts on a port another sandbox holds only to say so, writing nothing', () => {
  const port = new URL(running.url).port
  const other = join(scratch, 'other.json')
  const taken = serve('--port', port, '--state', other, '--reset')
  expect(taken.status).toBe(1)
  expect(taken.stderr).toContain(`Port ${port} is taken`)
  expect(() => readFileSync(other)).toThrow(/ENOENT/)
})

it('starts from the large scenario when asked, its account reached with its own key', async () => {
  const large = await startSandbox(join(scratch, 'large.json'), ['--reset', '--scenario', 'large'])
  try {
    const ask = (path: string, key: string) =>
      fetch(`${large.url}${path}`, {
        headers: {
          Accept: 'application/vnd.heroku+json; version=3',
          Authorization: `Bearer ${key}`,
        },
      })
    const account = await ask('/account', 'demo-key-rosa')
    expect(account.status).toBe(200)
    expect(((await account.json()) as { email: string }).email).toBe('rosa@acme.example')
    const pipelines = (await (await ask('/pipelines', 'demo-key-rosa')).json()) as {
      name: string
    }[]
    expect(pipelines.map((pipeline) => pipeline.name)).toEqual(
      expect.arrayContaining(['fleet', 'atlas']),
    )
    // The small demo's people are not in it: their keys are refused, as a stranger's.
    expect((await ask('/account', 'demo-key-priya')).status).toBe(401)
    expect((await ask('/account', 'not-a-key')).status).toBe(401)
  } finally {
    await large.stop()
  }
  const unknown = serve('--scenario', 'huge', '--port', '0', '--state', join(scratch, 'x.json'))
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toContain('--scenario must be one of demo, large; not "huge".')
})

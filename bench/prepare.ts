/**
 * Builds what the bench measures and serves it: this checkout's demo build, and its build without
 * the mock, which talks to the sandbox (`npm run mock:serve` on the large scenario) as it would to
 * Heroku. With BENCH_BASELINE=<git ref>, the same for that commit, built from a temporary
 * worktree, so before and after are measured on one machine in one run; both talk to this
 * checkout's sandbox.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { resolve } from 'node:path'
import { startSandbox, type Sandbox } from '../mocks/serve/sandbox-process'
import { LARGE_ACCOUNT_KEY } from '../mocks/serve/sandbox-keys'
import type { BenchTarget } from './targets'

const root = resolve(import.meta.dirname, '..')
const work = resolve(root, 'node_modules/.cache/stageboard-bench')
const vite = resolve(root, 'node_modules/vite/bin/vite.js')

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

/** Both builds of the source in `cwd`, into `out/demo` and `out/heroku`. */
function build(cwd: string, out: string) {
  rmSync(out, { recursive: true, force: true })
  run('npx', ['vite', 'build', '--outDir', resolve(out, 'demo'), '--emptyOutDir'], cwd)
  run('npx', ['vite', 'build', '--outDir', resolve(out, 'heroku'), '--emptyOutDir'], cwd, {
    STAGEBOARD_BACKEND: 'heroku',
  })
}

const lockOf = (dir: string) => readFileSync(resolve(dir, 'package-lock.json'), 'utf8')

/**
 * The baseline's source, checked out beside this one. It shares this checkout's installed packages
 * when its lock file is the same; otherwise it gets its own (`npm ci`): a baseline built against
 * today's packages would not be the baseline, or would not build at all.
 */
function checkoutBaseline(ref: string) {
  const source = resolve(work, 'baseline-src')
  spawnSync('git', ['worktree', 'remove', '--force', source], { cwd: root })
  rmSync(source, { recursive: true, force: true })
  run('git', ['worktree', 'add', '--detach', source, ref], root)
  if (lockOf(source) === lockOf(root)) {
    symlinkSync(resolve(root, 'node_modules'), resolve(source, 'node_modules'), 'dir')
  } else {
    console.log(`Installing the packages of ${ref}…`)
    run('npm', ['ci', '--no-audit', '--no-fund'], source)
  }
  return source
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
  // Vite itself, not through npx: the process started is the one to stop.
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', dir, '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}/`
  const started = Date.now()
  for (;;) {
    try {
      await fetch(url)
      return server
    } catch {
      if (Date.now() - started > 60_000) throw new Error(`vite preview of ${dir} did not start`)
      await new Promise((wake) => setTimeout(wake, 250))
    }
  }
}

export default async function prepare() {
  mkdirSync(work, { recursive: true })
  const sources: { name: string; cwd: string }[] = [{ name: 'current', cwd: root }]
  const baseline = process.env.BENCH_BASELINE
  if (baseline) sources.push({ name: `baseline ${baseline}`, cwd: checkoutBaseline(baseline) })

  const servers: ChildProcess[] = []
  let sandbox: Sandbox | undefined
  const stopAll = async () => {
    for (const server of servers) server.kill()
    await sandbox?.stop()
    if (baseline)
      spawnSync('git', ['worktree', 'remove', '--force', resolve(work, 'baseline-src')], {
        cwd: root,
      })
  }
  // A start that fails stops what it started: a preview left on its port fails the next run.
  try {
    const targets: BenchTarget[] = []
    for (const [index, source] of sources.entries()) {
      const out = resolve(work, `build-${index}`)
      console.log(`Building ${source.name}…`)
      build(source.cwd, out)
      const port = 4280 + index
      servers.push(await serve(resolve(out, 'demo'), port))
      servers.push(await serve(resolve(out, 'heroku'), port + 10))
      targets.push({
        name: source.name,
        url: `http://127.0.0.1:${port}`,
        herokuUrl: `http://127.0.0.1:${port + 10}`,
        demoDir: resolve(out, 'demo'),
        herokuDir: resolve(out, 'heroku'),
      })
    }
    process.env.BENCH_TARGETS = JSON.stringify(targets)
    // On the large scenario, from a fresh state file: nothing the bench does changes it while
    // boards are timed (moves are made on the demo).
    sandbox = await startSandbox(resolve(work, 'sandbox.json'), ['--reset', '--scenario', 'large'])
    process.env.BENCH_SANDBOX = JSON.stringify({ url: sandbox.url, key: LARGE_ACCOUNT_KEY })
  } catch (error) {
    await stopAll()
    throw error
  }
  return stopAll
}

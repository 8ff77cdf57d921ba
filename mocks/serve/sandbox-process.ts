/** Test helpers: the sandbox as a child process (`npm run mock:serve`), and the CLI run against it. */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { SANDBOX_CERT } from './http-server'
import { HEROKU_BIN } from './install-heroku-cli'

const root = resolve(import.meta.dirname, '../..')

export interface Sandbox {
  url: string
  stop(): Promise<void>
}

/** Starts `mock:serve` on a free port with its state in `statePath`; resolves once it listens. */
export function startSandbox(statePath: string, extra: string[] = []): Promise<Sandbox> {
  const child: ChildProcess = spawn(
    resolve(root, 'node_modules/.bin/tsx'),
    ['mocks/serve/main.ts', '--port', '0', '--state', statePath, '--quiet', ...extra],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`mock:serve exited with ${code}`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1]
      if (url)
        resolveStart({
          url,
          stop: () => {
            child.kill('SIGTERM')
            return exited
          },
        })
    })
  })
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `heroku <args>` against the sandbox, as the person whose key is given, in a scratch HOME
 * (and in `cwd`, for the commands that read a local git repository).
 */
export function heroku(
  sandbox: Sandbox,
  home: string,
  args: string[],
  key: string,
  cwd?: string,
): Promise<CliRun> {
  const child = spawn(HEROKU_BIN, args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      HEROKU_HOST: sandbox.url,
      HEROKU_API_KEY: key,
      // Kolkrabbi and GitHub, which the CLI calls at fixed addresses, through the sandbox too.
      HTTPS_PROXY: sandbox.url,
      SSL_CERT_FILE: SANDBOX_CERT,
      // What Node itself trusts: the CLI reads CI output with `https.get`, which knows no
      // SSL_CERT_FILE, from the sandbox's own address.
      NODE_EXTRA_CA_CERTS: SANDBOX_CERT,
      // Nothing else is written, spawned or sent: no update checks, no telemetry to Heroku, no
      // colours to strip.
      HEROKU_DISABLE_AUTOUPDATE: 'true',
      DISABLE_TELEMETRY: 'true',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      // `pipelines:setup` ends by opening the new pipeline in a browser: `true` is that browser.
      BROWSER: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

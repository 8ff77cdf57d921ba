/**
 * `npm run mock:serve`: the mocked Heroku as a local sandbox over HTTP, for the Heroku CLI, scripts
 * and CLI plugins. The state is kept in a file, so it survives a restart; `--reset` starts over.
 * Nothing is written until the sandbox listens: a start that fails leaves the file as it was.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createBackend } from '../backend'
import { createHandlers } from '../handlers/all'
import { isScenarioName, SCENARIOS, type ScenarioName } from '../scenarios/all'
import { fileStorage, readStateFile, writeStateFile } from './file-storage'
import { createFrontDoor, createSandboxServer, SANDBOX_CERT } from './http-server'
import { LARGE_ACCOUNT_KEY, sandboxKeys, withSandboxKeys } from './sandbox-keys'
import { lockState } from './state-lock'

const USAGE = `Usage: npm run mock:serve -- [options]

  --port <n>       the port to listen on, on 127.0.0.1 (default 5100; 0 picks a free one)
  --state <file>   where the sandbox keeps its state (default .sandbox/heroku.json)
  --reset          start over from the demo's data (the file is replaced)
  --scenario <s>   with --reset or a new file: demo (default) or large (200 pipelines, one of
                   2,000 apps; its account's key is ${LARGE_ACCOUNT_KEY})
  --quiet          do not print each request
  --help           this text`

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

let options
try {
  options = parseArgs({
    options: {
      port: { type: 'string', default: '5100' },
      state: { type: 'string', default: '.sandbox/heroku.json' },
      reset: { type: 'boolean', default: false },
      scenario: { type: 'string', default: 'demo' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2)
}
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}

const scenarioName: ScenarioName = isScenarioName(options.scenario)
  ? options.scenario
  : fail(
      `--scenario must be one of ${Object.keys(SCENARIOS).join(', ')}; not "${options.scenario}".`,
      2,
    )
const port = Number(options.port)
if (!/^\d+$/.test(options.port) || port > 65_535) {
  fail(`--port must be a port number, 0 for any free one; not "${options.port}".`, 2)
}
const statePath = resolve(options.state)

try {
  const lock = lockState(statePath)
  if (!lock.ok) {
    fail(
      `Another sandbox (process ${lock.holder}) keeps its state in ${statePath}. Stop it, or give this one another file with --state.`,
    )
  }
} catch (error) {
  fail(`The sandbox cannot keep its state in ${statePath}: ${(error as Error).message}`)
}

const saved = options.reset ? ({ kind: 'none' } as const) : readStateFile(statePath)
if (saved.kind === 'unreadable') {
  fail(
    `The sandbox's state in ${statePath} cannot be read: ${saved.problem}.\nStart over with --reset (it replaces that file), or move the file away.`,
  )
}

// The sandbox asks for a key, as Heroku does: one of its people's (see sandboxKeys).
const backend = createBackend({
  storage: fileStorage(statePath),
  scenario: (now) => withSandboxKeys(scenarioName, SCENARIOS[scenarioName].build(now)),
  apiKeys: [],
})
if (saved.kind === 'read') backend.platform.state = saved.state
const keys = sandboxKeys(backend.platform.state)
backend.apiKeys = new Set(keys)

const handler = createSandboxServer(createHandlers(backend), (line) => {
  if (!options.quiet) console.log(line)
})

// HTTP and HTTPS on one port (see createFrontDoor).
const server = createFrontDoor(handler)

server.on('error', (error: NodeJS.ErrnoException) => {
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is taken: start the sandbox on another with --port (0 picks a free one).`
      : `The sandbox could not start: ${error.message}`,
  )
})

server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  const url = `http://127.0.0.1:${bound}`
  backend.platform.outputOrigin = url
  backend.platform.secureOutputOrigin = `https://127.0.0.1:${bound}`
  // Listening: now the file may change (a new state, a reset, a migrated one).
  if (saved.kind !== 'read' || saved.migratedFrom !== undefined) {
    try {
      writeStateFile(statePath, backend.platform.state)
    } catch (error) {
      fail(`The sandbox cannot keep its state in ${statePath}: ${(error as Error).message}`)
    }
  }
  const how =
    saved.kind === 'read'
      ? saved.migratedFrom === undefined
        ? 'read back'
        : `read back, brought up from format ${saved.migratedFrom}`
      : options.reset
        ? `reset to the ${scenarioName} scenario's start`
        : `new, from the ${scenarioName} scenario`
  console.log(`Heroku sandbox listening on ${url}`)
  console.log(`State: ${statePath} (${how})`)
  console.log('Point the Heroku CLI at it, on each command (the README has a shell function):')
  console.log(
    `  HEROKU_HOST=${url} HTTPS_PROXY=${url} SSL_CERT_FILE=${SANDBOX_CERT} HEROKU_API_KEY=${keys[0] ?? ''} DISABLE_TELEMETRY=true heroku pipelines`,
  )
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    handler.close()
    server.close(() => process.exit(0))
  })
}

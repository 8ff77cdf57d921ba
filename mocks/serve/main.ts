/**
 * `npm run mock:serve`: the mocked Heroku as a local sandbox over HTTP, for the Heroku CLI, scripts
 * and CLI plugins. The state is kept in a file, so it survives a restart; `--reset` starts over.
 *
 *   npm run mock:serve -- [--port 5100] [--state .sandbox/heroku.json] [--reset] [--quiet]
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createBackend } from '../backend'
import { createHandlers } from '../handlers/all'
import { DEMO_KEYS } from '../scenarios/demo'
import { fileStorage, readStateFile, writeStateFile } from './file-storage'
import { createSandboxServer, SANDBOX_CERT } from './http-server'

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '5100' },
    state: { type: 'string', default: '.sandbox/heroku.json' },
    reset: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})

const port = Number(options.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, 0 for any free one; not "${options.port}".`)
  process.exit(2)
}
const statePath = resolve(options.state)

const saved = options.reset ? ({ kind: 'none' } as const) : readStateFile(statePath)
if (saved.kind === 'unreadable') {
  console.error(`The sandbox's state in ${statePath} cannot be read: ${saved.problem}.`)
  console.error('Start over with --reset (it replaces that file), or move the file away.')
  process.exit(1)
}

// The sandbox asks for a key, as Heroku does: one of the demo's people's.
const backend = createBackend({
  storage: fileStorage(statePath),
  apiKeys: Object.values(DEMO_KEYS),
})
if (saved.kind === 'read') backend.platform.state = saved.state
if (saved.kind !== 'read' || saved.migratedFrom !== undefined)
  writeStateFile(statePath, backend.platform.state)

const server = createSandboxServer(createHandlers(backend), (line) => {
  if (!options.quiet) console.log(line)
})

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is taken: start the sandbox on another with --port (0 picks a free one).`
      : `The sandbox could not start: ${error.message}`,
  )
  process.exit(1)
})

server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  const url = `http://127.0.0.1:${bound}`
  backend.platform.outputOrigin = url
  console.log(`Heroku sandbox listening on ${url}`)
  console.log(`State: ${statePath}${saved.kind === 'read' ? ' (read back)' : ' (new)'}`)
  console.log('Point the Heroku CLI at it, on each command (the README has a shell function):')
  console.log(
    `  HEROKU_HOST=${url} HTTPS_PROXY=${url} SSL_CERT_FILE=${SANDBOX_CERT} HEROKU_API_KEY=${DEMO_KEYS.ada} DISABLE_TELEMETRY=true heroku pipelines`,
  )
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}

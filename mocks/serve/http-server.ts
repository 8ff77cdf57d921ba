/**
 * The mocked Heroku over real HTTP: the handlers the browser's demo uses, answering requests that
 * reach a Node server. MSW's `getResponse` runs a request through the handlers outside any
 * interception, so the same code answers the dashboard in the browser, the tests in Node, and
 * here any HTTP client: the Heroku CLI, curl, a script.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createNetServer, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { resolve } from 'node:path'
import { createSecureContext, TLSSocket } from 'node:tls'
import { getResponse, type RequestHandler } from 'msw'
import { GITHUB_API, HEROKU_API, KOLKRABBI_API } from '../http'
import { RELEASE_OUTPUT } from '../platform/store'
import { NO_ENDPOINT } from '../unknown-endpoint'

/**
 * The services the handlers answer for, by the host name a client asks for. Particleboard is
 * Heroku's teams service: the CLI asks it for a team's or account's payment standing beside
 * `GET /teams/{team}` and `GET /account`, retrying for seconds when it cannot reach it. The mock
 * answers it with the Platform API's own team and account, which carry no delinquency: nothing
 * is due.
 */
const SERVICES = new Map<string, string>([
  ...[HEROKU_API, KOLKRABBI_API, GITHUB_API].map(
    (origin) => [new URL(origin).host, origin] as const,
  ),
  ['particleboard.heroku.com', HEROKU_API],
])

/**
 * Which service a request is for, or null for a host the sandbox does not serve. A client pointed
 * at the sandbox itself (the Heroku CLI with `HEROKU_HOST`, curl) asks for the Platform API; one
 * that names a service's host in `Host` (a client that resolves `kolkrabbi.heroku.com` to the
 * sandbox) gets that service.
 */
export function serviceUrl(hostHeader: string | undefined, target: string): string | null {
  // A request through the sandbox as a plain HTTP proxy names the whole address: it is served
  // only for the hosts the mock answers, as a tunnel is (the sandbox reaches nothing outside).
  const absolute = /^https?:\/\//i.test(target) ? new URL(target) : null
  const host = (absolute?.host ?? hostHeader ?? '').toLowerCase().replace(/:\d+$/, '')
  const path = absolute ? `${absolute.pathname}${absolute.search}` : target
  const service = SERVICES.get(host)
  if (service) return `${service}${path}`
  if (absolute) return null
  // At the sandbox's own address: output streams (release phases', test nodes') and source
  // tarballs (GitHub archives, uploads), whose URLs point here; else the API.
  const output = OUTPUT_PATHS.some((prefix) => path.startsWith(prefix))
  return `${output ? RELEASE_OUTPUT : HEROKU_API}${path}`
}

/** What the sandbox serves at its own address from the output host rather than the API. */
const OUTPUT_PATHS = ['/streams/', '/test-nodes/', '/github-archives/', '/source-blobs/']

const LOOPBACK = new Set(['127.0.0.1', 'localhost'])

const REFUSED_HOST = "The sandbox serves only Heroku's and GitHub's APIs."

/**
 * The sandbox's certificate for Heroku's and GitHub's API hosts, self-signed. The key is in the
 * project on purpose: it guards nothing, and a client trusts it only when told to, as the Heroku CLI
 * is with `SSL_CERT_FILE`. See mocks/serve/tls/README.md for how it was made.
 */
export const SANDBOX_CERT = resolve(import.meta.dirname, 'tls/sandbox-cert.pem')
const SANDBOX_KEY = resolve(import.meta.dirname, 'tls/sandbox-key.pem')

/**
 * `CONNECT host:443` from a client that uses the sandbox as its HTTPS proxy (the CLI with
 * `HTTPS_PROXY`): for a service the mock answers, the tunnel ends here, in TLS with the sandbox's
 * certificate, and its requests go to the handlers like any other. Other hosts are refused: the
 * sandbox reaches nothing outside.
 */
const sandboxContext = () =>
  createSecureContext({ cert: readFileSync(SANDBOX_CERT), key: readFileSync(SANDBOX_KEY) })

function tunnelInto(server: Server) {
  const context = sandboxContext()
  return (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node leaves a tunnelled socket without an error handler: a client that resets it would
    // otherwise bring the whole sandbox down.
    socket.on('error', () => socket.destroy())
    const [host = '', port = '443'] = (request.url ?? '').toLowerCase().split(':')
    // A service at any port: the CLI's API client, given a full Kolkrabbi address, keeps
    // `HEROKU_HOST`'s port (`CONNECT kolkrabbi.heroku.com:5100`). And the sandbox's own address,
    // which its archive and upload links name: the CLI asks for those through its proxy too.
    const own = LOOPBACK.has(host) && Number(port) === (socket as Partial<Socket>).localPort
    if (!SERVICES.has(host) && !own) {
      socket.end(`HTTP/1.1 403 Forbidden\r\n\r\n${REFUSED_HOST}`)
      return
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length > 0) socket.unshift(head)
    const secure = new TLSSocket(socket, { isServer: true, secureContext: context })
    secure.on('error', () => socket.destroy())
    server.emit('connection', secure)
  }
}

async function readAll(request: IncomingMessage) {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function toFetchRequest(incoming: IncomingMessage, url: string, body: Buffer, signal: AbortSignal) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const method = incoming.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  return new Request(url, {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
    signal,
  })
}

/**
 * CORS, as Heroku's API supports it (REFERENCE §1.1; its exact answers are not there): a page
 * calls it with its key in `Authorization`, so a dashboard build pointed at the sandbox (the
 * bench's, through it as a proxy) works as against Heroku. Only for pages served from this
 * machine: its keys are in the README, and a web page open elsewhere must not reach its state.
 */
const LOOPBACK_ORIGIN = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/

/** The request headers a page may send: those Stageboard, and Heroku's docs, use. */
const ALLOWED_HEADERS = [
  'Accept',
  'Authorization',
  'Content-Type',
  'Heroku-Two-Factor-Code',
  'If-None-Match',
  'Range',
  'Request-Id',
  'X-GitHub-Api-Version',
].join(', ')

function corsHeaders(incoming: IncomingMessage): Record<string, string> {
  const origin = incoming.headers.origin
  return origin && LOOPBACK_ORIGIN.test(origin)
    ? { 'access-control-allow-origin': origin, vary: 'Origin' }
    : {}
}

/** A browser's preflight (`OPTIONS` with `Access-Control-Request-Method`), or null for others. */
function preflightHeaders(incoming: IncomingMessage): Record<string, string> | null {
  if (incoming.method !== 'OPTIONS' || !incoming.headers['access-control-request-method']) {
    return null
  }
  return {
    ...corsHeaders(incoming),
    'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  }
}

/** Sends the answer as it comes: a release output stream line by line, while it runs. */
async function send(outgoing: ServerResponse, response: Response, cors: Record<string, string>) {
  const headers: Record<string, string> = { ...cors }
  response.headers.forEach((value, name) => (headers[name] = value))
  outgoing.writeHead(response.status, headers)
  if (response.body) {
    for await (const chunk of response.body) outgoing.write(chunk)
  }
  outgoing.end()
}

/** A server answering every request with the handlers; it is the caller's to `listen`. */
export function createSandboxServer(handlers: RequestHandler[], log: (line: string) => void) {
  const server: Server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        // A client that hangs up stops what answers it (a release output stream waiting to print).
        const hangUp = new AbortController()
        outgoing.on('close', () => hangUp.abort())
        const url = serviceUrl(incoming.headers.host, incoming.url ?? '/')
        if (url === null) {
          log(`${incoming.method} ${incoming.url} refused: not a host the sandbox serves`)
          outgoing.writeHead(403, {
            ...corsHeaders(incoming),
            'Content-Type': 'text/plain; charset=utf-8',
          })
          outgoing.end(REFUSED_HOST)
          return
        }
        const preflight = preflightHeaders(incoming)
        if (preflight) {
          outgoing.writeHead(204, preflight)
          outgoing.end()
          return
        }
        const request = toFetchRequest(incoming, url, await readAll(incoming), hangUp.signal)
        const response =
          (await getResponse(handlers, request)) ??
          Response.json({ id: NO_ENDPOINT.id, message: NO_ENDPOINT.message }, { status: 404 })
        log(
          `${request.method} ${new URL(request.url).host}${incoming.url ?? ''} ${response.status}`,
        )
        await send(outgoing, response, corsHeaders(incoming))
      } catch (error) {
        log(`${incoming.method} ${incoming.url} failed: ${String(error)}`)
        // Once an answer has begun (a stream), the only honest end is a broken one.
        if (outgoing.headersSent) return void outgoing.destroy()
        outgoing.writeHead(500, { ...corsHeaders(incoming), 'Content-Type': 'application/json' })
        outgoing.end(JSON.stringify({ id: 'internal_server_error', message: String(error) }))
      }
    })()
  })
  server.on('connect', tunnelInto(server))
  return server
}

/** The first byte of a TLS connection: a handshake record. */
const TLS_HANDSHAKE = 0x16

/**
 * The port the sandbox listens on, speaking plain HTTP and HTTPS both: each connection's first
 * byte says which. HTTPS at the sandbox's own address is for clients that take no proxy and
 * speak only TLS: the Heroku CLI reads a CI test node's output with Node's `https.get`. The
 * certificate names 127.0.0.1 and localhost for this.
 */
export function createFrontDoor(server: Server) {
  const context = sandboxContext()
  return createNetServer((socket: Socket) => {
    socket.on('error', () => socket.destroy())
    socket.once('data', (first: Buffer) => {
      socket.pause()
      socket.unshift(first)
      if (first[0] === TLS_HANDSHAKE) {
        const secure = new TLSSocket(socket, { isServer: true, secureContext: context })
        secure.on('error', () => socket.destroy())
        server.emit('connection', secure)
      } else {
        server.emit('connection', socket)
      }
      process.nextTick(() => socket.resume())
    })
  })
}

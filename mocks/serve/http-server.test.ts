import { readFileSync } from 'node:fs'
import { get as httpsGet } from 'node:https'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackend } from '../backend'
import { createHandlers } from '../handlers/all'
import { memoryStorage } from '../platform/persistence'
import { createFrontDoor, createSandboxServer, SANDBOX_CERT, serviceUrl } from './http-server'

describe('which service a request to the sandbox is for', () => {
  it('is the Platform API at its own address, and output streams and source tarballs under theirs', () => {
    expect(serviceUrl('127.0.0.1:5100', '/pipelines')).toBe('https://api.heroku.com/pipelines')
    expect(serviceUrl('127.0.0.1:5100', '/sources')).toBe('https://api.heroku.com/sources')
    expect(serviceUrl('127.0.0.1:5100', '/streams/abc')).toBe(
      'https://release-output.heroku.com/streams/abc',
    )
    expect(serviceUrl('127.0.0.1:5100', '/source-blobs/abc.tar.gz')).toBe(
      'https://release-output.heroku.com/source-blobs/abc.tar.gz',
    )
  })

  it("is the service a tunnel or a proxy names, and none for a host the mock doesn't serve", () => {
    expect(serviceUrl('kolkrabbi.heroku.com', '/account/github/token')).toBe(
      'https://kolkrabbi.heroku.com/account/github/token',
    )
    expect(serviceUrl('particleboard.heroku.com:443', '/teams/x')).toBe(
      'https://api.heroku.com/teams/x',
    )
    expect(serviceUrl(undefined, 'http://api.github.com/repos/a/b')).toBe(
      'https://api.github.com/repos/a/b',
    )
    expect(serviceUrl(undefined, 'http://example.com/')).toBeNull()
  })
})

describe('the sandbox as a proxy', () => {
  const server = createSandboxServer(
    createHandlers(createBackend({ storage: memoryStorage() })),
    () => undefined,
  )
  let port = 0
  beforeAll(() => new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready)))
  beforeAll(() => {
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  /** Sends a CONNECT for `host` (port 443 unless it names one); the first line of the answer. */
  const tunnel = (host: string, hangUp: boolean) =>
    new Promise<string>((answered) => {
      const target = host.includes(':') ? host : `${host}:443`
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`),
      )
      socket.once('data', (data) => {
        answered(data.toString().split('\r\n')[0] ?? '')
        if (hangUp) socket.resetAndDestroy()
        else socket.end()
      })
      socket.on('error', () => undefined)
    })

  it('refuses a tunnel to any other host, and lives on when the client hangs up hard', async () => {
    expect(await tunnel('example.com', true)).toBe('HTTP/1.1 403 Forbidden')
    expect(await tunnel('example.com', true)).toBe('HTTP/1.1 403 Forbidden')
    expect(await tunnel('api.github.com', false)).toBe('HTTP/1.1 200 Connection Established')
    const response = await fetch(`http://127.0.0.1:${port}/pipelines`, {
      headers: { Accept: 'application/vnd.heroku+json; version=3' },
    })
    expect(response.status).toBe(200)
  })

  it('tunnels to a service at any port, and to its own address (where its archive links point), but to no other port', async () => {
    // The Heroku CLI keeps HEROKU_HOST's port when it calls Kolkrabbi by its full address.
    expect(await tunnel(`kolkrabbi.heroku.com:${port}`, false)).toBe(
      'HTTP/1.1 200 Connection Established',
    )
    expect(await tunnel(`127.0.0.1:${port}`, false)).toBe('HTTP/1.1 200 Connection Established')
    expect(await tunnel(`127.0.0.1:${port === 1 ? 2 : port - 1}`, false)).toBe(
      'HTTP/1.1 403 Forbidden',
    )
  })

  it('refuses a plain proxy request for another host', async () => {
    const answer = await new Promise<string>((answered) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n'),
      )
      socket.once('data', (data) => {
        answered(data.toString())
        socket.end()
      })
    })
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 403 Forbidden')
    expect(answer).toContain("The sandbox serves only Heroku's and GitHub's APIs.")
  })
})

describe("the sandbox's front door", () => {
  const handler = createSandboxServer(
    createHandlers(createBackend({ storage: memoryStorage() })),
    () => undefined,
  )
  const door = createFrontDoor(handler)
  let port = 0
  beforeAll(() => new Promise<void>((ready) => door.listen(0, '127.0.0.1', ready)))
  beforeAll(() => {
    port = (door.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((done) => door.close(() => done())))

  /** GET /pipelines in TLS, trusting the sandbox's certificate and nothing else. */
  const overTls = () =>
    new Promise<number>((answered, failed) => {
      const request = httpsGet(
        {
          host: '127.0.0.1',
          port,
          path: '/pipelines',
          ca: readFileSync(SANDBOX_CERT),
          headers: { Accept: 'application/vnd.heroku+json; version=3' },
        },
        (response) => {
          response.resume()
          answered(response.statusCode ?? 0)
        },
      )
      request.on('error', failed)
    })

  it('answers plain HTTP and HTTPS on the same port, with a certificate naming 127.0.0.1', async () => {
    const plain = await fetch(`http://127.0.0.1:${port}/pipelines`, {
      headers: { Accept: 'application/vnd.heroku+json; version=3' },
    })
    expect(plain.status).toBe(200)
    expect(await overTls()).toBe(200)
  })

  it("answers a browser's preflight from a page on this machine, and lets it read the answer and its headers", async () => {
    const origin = 'http://127.0.0.1:4173'
    const preflight = await fetch(`http://127.0.0.1:${port}/pipelines`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'accept, authorization, if-none-match, range',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match')

    const answer = await fetch(`http://127.0.0.1:${port}/pipelines`, {
      headers: { Origin: origin, Accept: 'application/vnd.heroku+json; version=3' },
    })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin)
    expect(answer.headers.get('access-control-expose-headers')).toContain('Next-Range')
    // Without an Origin (the CLI, curl), no page to allow.
    const plain = await fetch(`http://127.0.0.1:${port}/pipelines`, {
      headers: { Accept: 'application/vnd.heroku+json; version=3' },
    })
    expect(plain.headers.get('access-control-allow-origin')).toBeNull()

    // A page elsewhere on the web is not let in: the sandbox's keys are in the README.
    const elsewhere = await fetch(`http://127.0.0.1:${port}/pipelines`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.com', 'Access-Control-Request-Method': 'GET' },
    })
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull()
  })
})

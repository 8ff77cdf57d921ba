/** Talking to the mocked API the way a client does: plain fetch through MSW's node server. */
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { Scenario } from '../backend'
import { HEROKU_API } from '../http'
import { createMockServer } from '../node'
import { findApp } from '../platform/store'
import { counterIds, fakeClock, TIMINGS } from './support'

export const ACCEPT = 'application/vnd.heroku+json; version=3'

/** Starts the mock for the file's tests on a fake clock and puts the demo back after each test. */
export function useMockServer(scenario?: Scenario) {
  const clock = fakeClock()
  const { server, backend } = createMockServer({
    now: clock.now,
    newId: counterIds(),
    timings: TIMINGS,
    ...(scenario && { scenario }),
  })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => backend.reset())
  afterAll(() => server.close())

  const appId = (name: string) => {
    const app = findApp(backend.platform, name)
    if (!app) throw new Error(`no app ${name} in the demo`)
    return app.id
  }
  const pipelineId = (name: string) => {
    const pipeline = Object.values(backend.platform.state.pipelines).find((p) => p.name === name)
    if (!pipeline) throw new Error(`no pipeline ${name} in the demo`)
    return pipeline.id
  }
  return { server, backend, clock, appId, pipelineId }
}

export type MockServer = ReturnType<typeof useMockServer>

export interface ApiInit {
  method?: string
  body?: unknown
  /** request headers; Accept defaults to Heroku's v3, pass `Accept: null` to send none */
  headers?: Record<string, string | null>
}

export function api(path: string, init: ApiInit = {}): Promise<Response> {
  const headers = new Headers()
  const given = { Accept: ACCEPT, ...init.headers }
  for (const [name, value] of Object.entries(given)) if (value !== null) headers.set(name, value)
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  return fetch(`${HEROKU_API}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

/** The body of a response as a given shape: the tests say what they expect to find. */
export async function body<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T
}

export async function getJson<T = Record<string, unknown>>(path: string, init?: ApiInit) {
  const response = await api(path, init)
  return { response, body: await body<T>(response) }
}

import { afterEach, beforeEach } from 'vitest'
import { createMockServer } from '../../mocks/node'

/**
 * The mocked Heroku API for component tests; per-test overrides go through `server.use`. Every
 * request the app sends is held against Heroku's schema (method, path, body): see setup.ts.
 */
export const mockApi = createMockServer({ checkRequests: true })

/**
 * Every request the app sends during each test of the calling file, in order: what a test counts
 * ("one request", "never with the key in the address") rather than assumes.
 */
export function recordRequests(): Request[] {
  const seen: Request[] = []
  const record = ({ request }: { request: Request }) => void seen.push(request)
  beforeEach(() => {
    seen.length = 0
    mockApi.server.events.on('request:start', record)
  })
  afterEach(() => {
    mockApi.server.events.removeListener('request:start', record)
  })
  return seen
}

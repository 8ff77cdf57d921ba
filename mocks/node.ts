/** The same mocked API for Vitest: MSW's request interception in Node, with in-memory state. */
import { setupServer } from 'msw/node'
import { createBackend, type BackendOptions } from './backend'
import { createHandlers } from './handlers/all'
import { memoryStorage } from './platform/persistence'

export function createMockServer(options: Partial<BackendOptions> = {}) {
  const backend = createBackend({ storage: memoryStorage(), ...options })
  const server = setupServer(...createHandlers(backend))
  return { server, backend }
}

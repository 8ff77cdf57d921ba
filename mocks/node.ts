/** The same mocked API for Vitest: MSW's request interception in Node, with in-memory state. */
import { setupServer } from 'msw/node'
import { createBackend, type BackendOptions } from './backend'
import { createHandlers } from './handlers/all'
import { memoryStorage } from './platform/persistence'
import { createRequestChecker } from './request-schema'

/** `checkRequests`: every request is held against the schema (see mocks/request-schema.ts). */
export function createMockServer(
  options: Partial<BackendOptions> & { checkRequests?: boolean } = {},
) {
  const { checkRequests = false, ...backendOptions } = options
  const backend = createBackend({
    storage: memoryStorage(),
    checkRequest: checkRequests ? createRequestChecker() : undefined,
    ...backendOptions,
  })
  const server = setupServer(...createHandlers(backend))
  return { server, backend }
}

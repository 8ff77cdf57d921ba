import { createMockServer } from '../../mocks/node'

/**
 * The mocked Heroku API for component tests; per-test overrides go through `server.use`. Every
 * request the app sends is held against Heroku's schema (method, path, body): see setup.ts.
 */
export const mockApi = createMockServer({ checkRequests: true })

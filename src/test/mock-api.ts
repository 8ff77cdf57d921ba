import { createMockServer } from '../../mocks/node'

/** The mocked Heroku API for component tests; per-test overrides go through `server.use`. */
export const mockApi = createMockServer()

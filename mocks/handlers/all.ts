import { http } from 'msw'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute } from '../http'
import { PlatformError } from '../platform/errors'
import { NO_ENDPOINT } from '../unknown-endpoint'
import { accessHandlers } from './access'
import { accountHandlers } from './account'
import { appSetupHandlers } from './app-setups'
import { appHandlers } from './apps'
import { githubHandlers } from './github'
import { pipelineCouplingHandlers } from './pipeline-couplings'
import { pipelineHandlers } from './pipelines'
import { promotionHandlers } from './promotions'
import { releaseOutputHandlers } from './release-output'
import { releaseHandlers } from './releases'
import { reviewAppHandlers } from './review-apps'
import { runtimeHandlers } from './runtime'
import { sourceHandlers } from './sources'
import { testRunHandlers } from './test-runs'

/** Every handler of the mocked services, bound to one backend. The browser and Node use the same. */
export function createHandlers(backend: MockBackend) {
  return [
    // Before the account's: `/teams/permissions` is not a team called "permissions".
    ...accessHandlers(backend),
    ...accountHandlers(backend),
    ...pipelineHandlers(backend),
    ...pipelineCouplingHandlers(backend),
    ...appHandlers(backend),
    ...releaseHandlers(backend),
    ...runtimeHandlers(backend),
    ...releaseOutputHandlers(backend),
    ...reviewAppHandlers(backend),
    ...testRunHandlers(backend),
    ...sourceHandlers(backend),
    ...appSetupHandlers(backend),
    ...promotionHandlers(backend),
    ...githubHandlers(backend),
    // Last: whatever else is asked of api.heroku.com is answered as Heroku answers an unknown
    // endpoint, and noted (a test fails on it) rather than sent to the network.
    http.all(
      `${HEROKU_API}/*`,
      herokuRoute(backend, ({ request }) => {
        const { pathname } = new URL(request.url)
        backend.requestProblems.push(`${request.method} ${pathname}: not served by the mock`)
        throw new PlatformError(NO_ENDPOINT.status, NO_ENDPOINT.id, NO_ENDPOINT.message)
      }),
    ),
  ]
}

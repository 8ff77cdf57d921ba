import type { MockBackend } from '../backend'
import { accountHandlers } from './account'
import { appHandlers } from './apps'
import { githubHandlers } from './github'
import { pipelineCouplingHandlers } from './pipeline-couplings'
import { pipelineHandlers } from './pipelines'
import { promotionHandlers } from './promotions'
import { releaseHandlers } from './releases'
import { reviewAppHandlers } from './review-apps'

/** Every handler of the mocked services, bound to one backend. The browser and Node use the same. */
export function createHandlers(backend: MockBackend) {
  return [
    ...accountHandlers(backend),
    ...pipelineHandlers(backend),
    ...pipelineCouplingHandlers(backend),
    ...appHandlers(backend),
    ...releaseHandlers(backend),
    ...reviewAppHandlers(backend),
    ...promotionHandlers(backend),
    ...githubHandlers(backend),
  ]
}

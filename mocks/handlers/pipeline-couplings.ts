import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, KEEP, reply, replyList } from '../http'
import { notFound } from '../platform/errors'
import {
  couplingOfApp,
  createCoupling,
  deleteCoupling,
  pipelineCouplings,
  requireCoupling,
  updateCouplingStage,
} from '../platform/pipelines'
import { requireApp, requirePipeline, type Platform } from '../platform/store'
import type { CouplingRecord } from '../platform/types'
import { toCoupling } from '../platform/wire'

export function pipelineCouplingHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  const serialize = (platform: Platform) => (coupling: CouplingRecord) =>
    toCoupling(platform, coupling)
  return [
    http.get(
      `${HEROKU_API}/pipeline-couplings`,
      route(
        ({ platform }) => replyList(Object.values(platform.state.couplings), serialize(platform)),
        KEEP,
      ),
    ),
    http.get(
      `${HEROKU_API}/pipelines/:id/pipeline-couplings`,
      route(({ platform, params }) => {
        const pipeline = requirePipeline(platform, params.id ?? '', { byName: false })
        return replyList(pipelineCouplings(platform, pipeline.id), serialize(platform))
      }, KEEP),
    ),
    // "Info By App" answers one object: an app is in at most one pipeline.
    http.get(
      `${HEROKU_API}/apps/:app/pipeline-couplings`,
      route(({ platform, params }) => {
        const coupling = couplingOfApp(platform, requireApp(platform, params.app ?? '').id)
        if (!coupling) throw notFound('pipeline coupling')
        return reply(toCoupling(platform, coupling))
      }),
    ),
    http.get(
      `${HEROKU_API}/pipeline-couplings/:id`,
      route(({ platform, params }) =>
        reply(toCoupling(platform, requireCoupling(platform, params.id ?? ''))),
      ),
    ),
    http.post(
      `${HEROKU_API}/pipeline-couplings`,
      route(({ platform, body }) =>
        reply(
          toCoupling(
            platform,
            createCoupling(platform, { app: body.app, pipeline: body.pipeline, stage: body.stage }),
          ),
          201,
        ),
      ),
    ),
    http.patch(
      `${HEROKU_API}/pipeline-couplings/:id`,
      route(({ platform, params, body }) =>
        reply(toCoupling(platform, updateCouplingStage(platform, params.id ?? '', body.stage))),
      ),
    ),
    http.delete(
      `${HEROKU_API}/pipeline-couplings/:id`,
      route(({ platform, params }) =>
        reply(toCoupling(platform, deleteCoupling(platform, params.id ?? ''))),
      ),
    ),
  ]
}

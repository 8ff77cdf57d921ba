import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import {
  disableReviewApps,
  enableReviewApps,
  requireReviewAppConfig,
  updateReviewApps,
} from '../platform/connections'
import { pipelineReviewApps, requireReviewApp, reviewAppOfApp } from '../platform/review-apps'
import { requireApp, requirePipeline } from '../platform/store'
import { toReviewApp, toReviewAppConfig } from '../platform/wire'

export function reviewAppHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.get(
      `${HEROKU_API}/pipelines/:id/review-apps`,
      route(({ platform, params }) => {
        const pipeline = requirePipeline(platform, params.id ?? '', { byName: false })
        return replyList(pipelineReviewApps(platform, pipeline.id), toReviewApp)
      }),
    ),
    http.get(
      `${HEROKU_API}/review-apps/:id`,
      route(({ platform, params }) =>
        reply(toReviewApp(requireReviewApp(platform, params.id ?? ''))),
      ),
    ),
    // The pipeline's review-app settings (`heroku reviewapps:enable|disable`).
    http.get(
      `${HEROKU_API}/pipelines/:id/review-app-config`,
      route(({ platform, params }) =>
        reply(toReviewAppConfig(requireReviewAppConfig(platform, params.id ?? ''))),
      ),
    ),
    http.post(
      `${HEROKU_API}/pipelines/:id/review-app-config`,
      route(({ platform, params, body }) =>
        reply(toReviewAppConfig(enableReviewApps(platform, params.id ?? '', body)), 201),
      ),
    ),
    http.patch(
      `${HEROKU_API}/pipelines/:id/review-app-config`,
      route(({ platform, params, body }) =>
        reply(toReviewAppConfig(updateReviewApps(platform, params.id ?? '', body))),
      ),
    ),
    http.delete(
      `${HEROKU_API}/pipelines/:id/review-app-config`,
      route(({ platform, params }) =>
        reply(toReviewAppConfig(disableReviewApps(platform, params.id ?? ''))),
      ),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/review-app`,
      route(({ platform, params }) =>
        reply(toReviewApp(reviewAppOfApp(platform, requireApp(platform, params.app ?? '').id))),
      ),
    ),
  ]
}

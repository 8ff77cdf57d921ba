import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import { pipelineReviewApps, requireReviewApp, reviewAppOfApp } from '../platform/review-apps'
import { requireApp, requirePipeline } from '../platform/store'
import { toReviewApp } from '../platform/wire'

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
    http.get(
      `${HEROKU_API}/apps/:app/review-app`,
      route(({ platform, params }) =>
        reply(toReviewApp(reviewAppOfApp(platform, requireApp(platform, params.app ?? '').id))),
      ),
    ),
  ]
}

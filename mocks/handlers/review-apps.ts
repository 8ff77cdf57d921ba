import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import {
  disableReviewApps,
  enableReviewApps,
  requireReviewAppConfig,
  updateReviewApps,
} from '../platform/connections'
import { branchHead } from '../platform/branches'
import { notFound } from '../platform/errors'
import {
  createReviewApp,
  deleteReviewApp,
  pipelineReviewApps,
  requireReviewApp,
  reviewAppOfApp,
} from '../platform/review-apps'
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
    // `heroku reviewapps:create` and the board's "Create review app".
    http.post(
      `${HEROKU_API}/review-apps`,
      route(({ platform, body }) => reply(toReviewApp(createReviewApp(platform, body)), 201)),
    ),
    http.delete(
      `${HEROKU_API}/review-apps/:id`,
      route(({ platform, params }) =>
        reply(toReviewApp(deleteReviewApp(platform, params.id ?? ''))),
      ),
    ),
    // A branch of the pipeline's repository, through Heroku's repositories API (`Accept: …
    // version=3.repositories-api`), which `heroku reviewapps:create` asks before creating. Not
    // in the published schema; the CLI reads only whether it is found, so the mock answers a
    // branch as GitHub names one.
    http.get(
      `${HEROKU_API}/pipelines/:id/repo/branches/:branch`,
      route(({ platform, params }) => {
        const pipeline = requirePipeline(platform, params.id ?? '', { byName: false })
        const repo = platform.state.pipelineRepos[pipeline.id]
        const branch = decodeURIComponent(params.branch ?? '')
        const sha = repo ? branchHead(platform.state, repo, branch) : undefined
        if (!sha) throw notFound('branch')
        return reply({ name: branch, commit: { sha } })
      }),
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

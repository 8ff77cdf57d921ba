import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, KEEP, reply, replyList } from '../http'
import { pipelineCouplings } from '../platform/pipelines'
import {
  appReleases,
  releaseSlug,
  requireRelease,
  requireSlug,
  rollback,
} from '../platform/releases'
import { requireApp, requirePipeline } from '../platform/store'
import { toRelease, toSlug } from '../platform/wire'
import { demandSecondFactor } from '../two-factor'

export function releaseHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.get(
      `${HEROKU_API}/apps/:app/releases`,
      route(({ platform, params }) => {
        const app = requireApp(platform, params.app ?? '')
        return replyList([...appReleases(platform, app.id)], (r) => toRelease(platform, r), {
          keys: ['id', 'version'],
          defaultKey: 'id',
          valueOf: (release, key) => (key === 'version' ? release.version : release.id),
        })
      }),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/releases/:release`,
      route(({ platform, params }) => {
        const app = requireApp(platform, params.app ?? '')
        return reply(toRelease(platform, requireRelease(platform, app.id, params.release ?? '')))
      }),
    ),
    // One link, two bodies: `{slug, description}` releases a slug, `{release}` rolls back.
    http.post(
      `${HEROKU_API}/apps/:app/releases`,
      route(({ platform, params, body, request }) => {
        const app = params.app ?? ''
        demandSecondFactor(backend.twoFactor, request, platform, [app])
        const release =
          body.release !== undefined
            ? rollback(platform, app, body.release)
            : releaseSlug(platform, app, { slug: body.slug, description: body.description })
        return reply(toRelease(platform, release), 201)
      }),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/slugs/:slug`,
      route(({ platform, params }) => {
        requireApp(platform, params.app ?? '')
        return reply(toSlug(requireSlug(platform, params.slug ?? '')))
      }),
    ),
    // The newest release of each app in the pipeline, whatever its status.
    http.get(
      `${HEROKU_API}/pipelines/:id/latest-releases`,
      route(({ platform, params }) => {
        const pipeline = requirePipeline(platform, params.id ?? '', { byName: false })
        const latest = pipelineCouplings(platform, pipeline.id).flatMap(
          (coupling) => appReleases(platform, coupling.appId).at(-1) ?? [],
        )
        return replyList(latest, (r) => toRelease(platform, r))
      }, KEEP),
    ),
  ]
}

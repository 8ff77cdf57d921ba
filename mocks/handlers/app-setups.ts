/** App setups (`heroku pipelines:setup`): an app made and built from a source tarball. */
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply } from '../http'
import { createAppSetup, requireAppSetup } from '../platform/app-setups'
import { toAppSetup } from '../platform/wire'

export function appSetupHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.post(
      `${HEROKU_API}/app-setups`,
      route(({ platform, body }) =>
        reply(toAppSetup(platform, createAppSetup(platform, body)), 201),
      ),
    ),
    http.get(
      `${HEROKU_API}/app-setups/:id`,
      route(({ platform, params }) =>
        reply(toAppSetup(platform, requireAppSetup(platform, params.id ?? ''))),
      ),
    ),
  ]
}

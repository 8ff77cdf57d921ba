/** What runs an app: dynos, add-ons and config vars (worked out from the state, see runtime.ts). */
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import { notFound } from '../platform/errors'
import { currentRelease, requireRelease } from '../platform/releases'
import { appAddons, appDynos, configVarsAt } from '../platform/runtime'
import { requireApp } from '../platform/store'

export function runtimeHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.get(
      `${HEROKU_API}/apps/:app/dynos`,
      route(({ platform, params }) =>
        replyList(appDynos(platform, requireApp(platform, params.app ?? '')), (dyno) => dyno),
      ),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/dynos/:dyno`,
      route(({ platform, params }) => {
        const dynos = appDynos(platform, requireApp(platform, params.app ?? ''))
        const dyno = dynos.find((d) => d.id === params.dyno || d.name === params.dyno)
        if (!dyno) throw notFound('dyno')
        return reply(dyno)
      }),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/addons`,
      route(({ platform, params }) =>
        replyList(appAddons(platform, requireApp(platform, params.app ?? '')), (addon) => addon),
      ),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/config-vars`,
      route(({ platform, params }) => {
        const app = requireApp(platform, params.app ?? '')
        const release = currentRelease(platform, app.id)
        return reply(release ? configVarsAt(platform, app, release) : {})
      }),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/releases/:release/config-vars`,
      route(({ platform, params }) => {
        const app = requireApp(platform, params.app ?? '')
        return reply(
          configVarsAt(platform, app, requireRelease(platform, app.id, params.release ?? '')),
        )
      }),
    ),
  ]
}

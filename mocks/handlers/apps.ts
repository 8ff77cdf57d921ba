import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList, type Paging } from '../http'
import { invalidParams } from '../platform/errors'
import { requireApp } from '../platform/store'
import type { AppRecord } from '../platform/types'
import { toApp, toFormation, toTeamApp } from '../platform/wire'

const appPaging: Paging<AppRecord> = {
  keys: ['id', 'name', 'updated_at'],
  defaultKey: 'id',
  valueOf: (app, key) =>
    key === 'name' ? app.name : key === 'updated_at' ? app.updated_at : app.id,
}

/** `{"in": {"id": [...]}}`: the filter the CLI uses to fetch a pipeline's apps in one request. */
function idsToFilter(body: Record<string, unknown>): string[] {
  const ids = (body.in as { id?: unknown } | undefined)?.id
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw invalidParams('in.id must be a list of app ids.')
  }
  return ids as string[]
}

export function appHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.get(
      `${HEROKU_API}/apps`,
      route(({ platform }) =>
        replyList(Object.values(platform.state.apps), (app) => toApp(platform, app), appPaging),
      ),
    ),
    http.get(
      `${HEROKU_API}/apps/:app`,
      route(({ platform, params }) =>
        reply(toApp(platform, requireApp(platform, params.app ?? ''))),
      ),
    ),
    http.post(
      `${HEROKU_API}/filters/apps`,
      route(({ platform, body }) => {
        const apps = idsToFilter(body).flatMap((id) => platform.state.apps[id] ?? [])
        return replyList(apps, (app) => toTeamApp(platform, app), appPaging)
      }),
    ),
    http.get(
      `${HEROKU_API}/apps/:app/formation`,
      route(({ platform, params }) => {
        const app = requireApp(platform, params.app ?? '')
        const formation = Object.values(platform.state.formations).filter((f) => f.appId === app.id)
        return replyList(formation, (f) => toFormation(platform, f))
      }),
    ),
  ]
}

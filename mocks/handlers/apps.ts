import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList, type Paging } from '../http'
import { transferApp } from '../platform/app-transfers'
import { invalidParams } from '../platform/errors'
import { releaseProcess } from '../platform/runtime'
import { requireApp, requireUser } from '../platform/store'
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
    // "List Owned and Collaborated" (`heroku apps`): the person's own apps, and others' apps they
    // were made a collaborator on. A team's apps are the team's: `heroku apps -t <team>` lists those.
    http.get(
      `${HEROKU_API}/users/:identity/apps`,
      route(({ platform, params }) => {
        const user = requireUser(platform, params.identity ?? '')
        const granted = new Set(
          Object.values(platform.state.appCollaborators)
            .filter((collaborator) => collaborator.userId === user.id)
            .map((collaborator) => collaborator.appId),
        )
        const apps = Object.values(platform.state.apps).filter(
          (app) => app.owner.id === user.id || granted.has(app.id),
        )
        return replyList(apps, (app) => toApp(platform, app), appPaging)
      }),
    ),
    http.get(
      `${HEROKU_API}/apps/:app`,
      route(({ platform, params }) =>
        reply(toApp(platform, requireApp(platform, params.app ?? ''))),
      ),
    ),
    // An app to another owner: a team, or a member of the app's team (`heroku apps:transfer`).
    http.patch(
      `${HEROKU_API}/teams/apps/:app`,
      route(({ platform, params, body }) =>
        reply(toTeamApp(platform, transferApp(platform, params.app ?? '', body))),
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
        const release = releaseProcess(platform, app)
        return replyList(release ? [...formation, release] : formation, (f) =>
          toFormation(platform, f),
        )
      }),
    ),
  ]
}

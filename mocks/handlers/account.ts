import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import { requireTeam, requireUser } from '../platform/store'
import { toAccount, toTeam } from '../platform/wire'

export function accountHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.get(
      `${HEROKU_API}/account`,
      route(({ platform }) => reply(toAccount(requireUser(platform, '~')))),
    ),
    http.get(
      `${HEROKU_API}/account/rate-limits`,
      route(() => reply({ remaining: backend.rateLimit.remaining() })),
    ),
    http.get(
      `${HEROKU_API}/users/:identity`,
      route(({ platform, params }) =>
        reply(toAccount(requireUser(platform, params.identity ?? ''))),
      ),
    ),
    http.get(
      `${HEROKU_API}/teams`,
      route(({ platform }) => replyList(Object.values(platform.state.teams), toTeam)),
    ),
    http.get(
      `${HEROKU_API}/teams/:identity`,
      route(({ platform, params }) => reply(toTeam(requireTeam(platform, params.identity ?? '')))),
    ),
  ]
}

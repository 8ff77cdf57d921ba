import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import { teamRole } from '../platform/access'
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
      route(({ platform }) => {
        // A caller's teams are those they belong to, each with their own role in it.
        const me = platform.actor().id
        const mine = Object.values(platform.state.teams).flatMap((team) => {
          const role = teamRole(platform, team.id, me)
          return role ? [{ team, role }] : []
        })
        return replyList(mine, ({ team, role }) => toTeam(team, role))
      }),
    ),
    http.get(
      `${HEROKU_API}/teams/:identity`,
      route(({ platform, params }) => {
        const team = requireTeam(platform, params.identity ?? '')
        return reply(toTeam(team, teamRole(platform, team.id, platform.actor().id)))
      }),
    ),
  ]
}

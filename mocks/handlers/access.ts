import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import { appPermissions, pairId, teamRole } from '../platform/access'
import { forbidden, notFound } from '../platform/errors'
import { requireApp, requireTeam, requireUser, type Platform } from '../platform/store'
import { APP_PERMISSIONS, type AppRecord, type UserRecord } from '../platform/types'
import { toPermission, toTeamApp, toTeamAppCollaborator, toTeamMember } from '../platform/wire'

/** An explicit grant on an app, as its collaborator record. */
function grantsOf(platform: Platform, app: AppRecord) {
  return Object.values(platform.state.appCollaborators)
    .filter((grant) => grant.appId === app.id)
    .flatMap((grant) => {
      const user = platform.state.users[grant.userId]
      return user ? [{ grant, user }] : []
    })
}

/**
 * One person's access to one app. Heroku's list holds explicit grants only (a team's admins are
 * not in it; the CLI's `access` adds them from the team's members). Info answers what the person
 * may do there, grant or not: a dashboard needs that one answer. A team member without a grant
 * has `view`; someone with no access at all is not found.
 */
function accessOf(platform: Platform, app: AppRecord, user: UserRecord) {
  const permissions = appPermissions(platform, app, user.id)
  if (permissions.length === 0) throw notFound('collaborator')
  const grant = Object.values(platform.state.appCollaborators).find(
    (c) => c.appId === app.id && c.userId === user.id,
  )
  const role = app.team ? teamRole(platform, app.team.id, user.id) : null
  return toTeamAppCollaborator({
    id: grant?.id ?? pairId(app.id, user.id),
    app,
    user,
    role: role ?? 'collaborator',
    permissions,
    created_at: grant?.created_at ?? app.created_at,
    updated_at: grant?.updated_at ?? app.updated_at,
  })
}

/** The team, if the caller is one of its members (whatever their role); 403 otherwise. */
function teamOfCaller(platform: Platform, identity: string) {
  const team = requireTeam(platform, identity)
  if (!teamRole(platform, team.id, platform.actor().id)) {
    throw forbidden(`You are not a member of ${team.name}.`)
  }
  return team
}

export function accessHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  const collaboratorList = route(({ platform, params }) => {
    const app = requireApp(platform, params.app ?? '')
    return replyList(grantsOf(platform, app), ({ grant, user }) =>
      toTeamAppCollaborator({
        id: grant.id,
        app,
        user,
        role: app.team
          ? (teamRole(platform, app.team.id, user.id) ?? 'collaborator')
          : 'collaborator',
        permissions: appPermissions(platform, app, user.id),
        created_at: grant.created_at,
        updated_at: grant.updated_at,
      }),
    )
  })
  const collaboratorInfo = route(({ platform, params }) => {
    const app = requireApp(platform, params.app ?? '')
    const identity = params.collaborator ?? ''
    return reply(accessOf(platform, app, requireUser(platform, identity)))
  })
  return [
    http.get(
      `${HEROKU_API}/teams/permissions`,
      route(() => replyList([...APP_PERMISSIONS], toPermission)),
    ),
    http.get(
      `${HEROKU_API}/teams/:team/members`,
      route(({ platform, params }) => {
        // Any member sees the team's people (Heroku: "View users" is every role's).
        const team = teamOfCaller(platform, params.team ?? '')
        const members = Object.values(platform.state.teamMembers).filter(
          (m) => m.teamId === team.id,
        )
        return replyList(members, (member) =>
          toTeamMember(member, requireUser(platform, member.userId)),
        )
      }),
    ),
    // `heroku apps -t <team>`: a member sees every app of the team (viewers too: they view all).
    http.get(
      `${HEROKU_API}/teams/:team/apps`,
      route(({ platform, params }) => {
        const team = teamOfCaller(platform, params.team ?? '')
        const apps = Object.values(platform.state.apps).filter((app) => app.team?.id === team.id)
        return replyList(apps, (app) => toTeamApp(platform, app))
      }),
    ),
    http.get(`${HEROKU_API}/teams/apps/:app/collaborators`, collaboratorList),
    http.get(`${HEROKU_API}/teams/apps/:app/collaborators/:collaborator`, collaboratorInfo),
    http.get(`${HEROKU_API}/apps/:app/collaborators`, collaboratorList),
    http.get(`${HEROKU_API}/apps/:app/collaborators/:collaborator`, collaboratorInfo),
  ]
}

/**
 * `PATCH /teams/apps/{app} {owner}`: an app changes owner, to a team or to a person (what
 * `heroku apps:transfer` sends for every transfer but one person's app to another person, which
 * goes through `POST /account/app-transfers` and waits for the recipient's consent: not modelled
 * here). Heroku documents the call, not its rules; these are the mock's, each refusal saying
 * what to do.
 */
import { requireAppPermission, teamRole } from './access'
import { forbidden, invalidParams } from './errors'
import { ownership, requireApp, requireUser, type Platform } from './store'

export function transferApp(platform: Platform, identity: string, body: Record<string, unknown>) {
  const app = requireApp(platform, identity)
  requireAppPermission(platform, app, 'manage')
  const owner = typeof body.owner === 'string' ? body.owner.trim() : ''
  if (owner === '') throw invalidParams('owner is required: a team name or an email.')
  const { state } = platform
  const team = Object.values(state.teams).find((t) => t.name === owner || t.id === owner)
  if (team) {
    const role = teamRole(platform, team.id, platform.actor().id)
    if (role !== 'admin' && role !== 'member') {
      throw forbidden(`Only members of ${team.name} can give it an app.`)
    }
    Object.assign(app, ownership(team))
  } else {
    const person = requireUser(platform, owner)
    if (!app.team) {
      throw invalidParams(
        `${app.name} is a personal app: giving it to ${person.email} needs their consent. Start the transfer with heroku apps:transfer ${person.email} -a ${app.name}.`,
      )
    }
    if (!teamRole(platform, app.team.id, person.id)) {
      throw invalidParams(
        `${person.email} is not a member of ${app.team.name}, which owns ${app.name}.`,
      )
    }
    Object.assign(app, ownership(person))
  }
  app.updated_at = platform.timestamp()
  platform.markDirty()
  return app
}

import { forbidden } from './errors'
import type { Platform } from './store'
import {
  APP_PERMISSIONS,
  type AppPermission,
  type AppRecord,
  type PipelineRecord,
  type TeamRole,
} from './types'

/**
 * An id for a pair of records (a team and a member, an app and a collaborator), made from theirs:
 * the scenarios take none from their seeded random source for it, so adding access leaves every
 * other id and SHA as it was, and a migration makes the same id each time.
 */
export const pairId = (a: string, b: string) => `${a.slice(0, 24)}${b.slice(24)}`

/**
 * Who may do what, as Heroku's Enterprise Teams decide it:
 * - a personal app: its owner and its collaborators may do everything;
 * - a team app: a team admin may do everything; a member has `view` plus what the app grants
 *   them; a viewer has `view`; someone outside the team has what the app grants them.
 * Sources: devcenter "App Permissions and Allowed Actions" and "Enterprise Teams Permissions".
 *
 * Deviation: Heroku hides an app from someone without `view`; the mock lets everyone read every
 * app, so the demo's people all see one board and what it lets each of them do.
 */
export function appPermissions(
  platform: Platform,
  app: AppRecord,
  userId: string,
): AppPermission[] {
  const { state } = platform
  const granted = Object.values(state.appCollaborators).find(
    (c) => c.appId === app.id && c.userId === userId,
  )
  if (!app.team) {
    return app.owner.id === userId || granted ? [...APP_PERMISSIONS] : []
  }
  const role = teamRole(platform, app.team.id, userId)
  if (role === 'admin') return [...APP_PERMISSIONS]
  // A viewer only sees, whatever was granted.
  if (role === 'viewer') return ['view']
  const own = new Set<AppPermission>(granted?.permissions ?? [])
  if (role) own.add('view')
  return APP_PERMISSIONS.filter((permission) => own.has(permission))
}

export function teamRole(platform: Platform, teamId: string, userId: string): TeamRole | null {
  const member = Object.values(platform.state.teamMembers).find(
    (m) => m.teamId === teamId && m.userId === userId,
  )
  return member?.role ?? null
}

/**
 * The permission each change to an app needs. Heroku's matrix puts pushing code and rolling back
 * under `deploy`; it does not list pipeline couplings, so the mock asks `manage` for them, the
 * permission that moves an app between owners (transfer) and renames it.
 */
export const NEEDED = {
  promoteTo: 'deploy',
  rollBack: 'deploy',
  release: 'deploy',
  couple: 'manage',
} as const satisfies Record<string, AppPermission>

/** Refuses, as Heroku does (403 `forbidden`), a change the caller's permissions do not allow. */
export function requireAppPermission(platform: Platform, app: AppRecord, needed: AppPermission) {
  const user = platform.actor()
  if (appPermissions(platform, app, user.id).includes(needed)) return
  // Heroku's wording for this refusal is not documented; the message names the app and the
  // permission, which is what the person needs to ask an admin for.
  throw forbidden(`You need the ${needed} permission on ${app.name} to do that.`)
}

/**
 * "Manage pipelines" belongs to a team's admins and members, not its viewers; a personal
 * pipeline to its owner; a legacy pipeline (no owner) to whoever may do something to one of its
 * apps (an empty one, to anyone). Renaming or deleting a pipeline is a change to the pipeline,
 * not to its apps (they stay, uncoupled): a member may delete a team pipeline holding apps they
 * could not take out one by one, as Heroku's table of team permissions reads.
 */
export function requirePipelineManager(platform: Platform, pipeline: PipelineRecord) {
  const { owner } = pipeline
  const user = platform.actor()
  if (!owner) {
    const apps = Object.values(platform.state.couplings)
      .filter((coupling) => coupling.pipelineId === pipeline.id)
      .flatMap((coupling) => platform.state.apps[coupling.appId] ?? [])
    if (apps.length === 0 || apps.some((app) => appPermissions(platform, app, user.id).length > 0))
      return
    throw forbidden(`You have no access to any app of the ${pipeline.name} pipeline.`)
  }
  if (owner.type === 'user') {
    if (owner.id === user.id) return
    throw forbidden(`Only the owner of the ${pipeline.name} pipeline can change it.`)
  }
  const role = teamRole(platform, owner.id, user.id)
  if (role === 'admin' || role === 'member') return
  const team = platform.state.teams[owner.id]?.name ?? 'its team'
  throw forbidden(
    role === 'viewer'
      ? `Viewers of ${team} cannot change its pipelines.`
      : `You are not a member of ${team}, which owns the ${pipeline.name} pipeline.`,
  )
}

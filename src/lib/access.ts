/**
 * Who may do what on Heroku, as the board needs to know it before a person tries: Enterprise
 * Teams' roles (admin, member, viewer) and app permissions (view, deploy, operate, manage).
 * Sources: devcenter "App Permissions and Allowed Actions" and "Enterprise Teams Permissions".
 *
 * Nothing here refuses on a guess: while an answer is missing or failed, nothing is held back,
 * and the API's own refusal is what the person sees.
 */

export type Permission = 'view' | 'deploy' | 'operate' | 'manage'

/** What each change needs: pushing code and rolling back are `deploy`; coupling is `manage`. */
export const NEEDED = {
  promoteTo: 'deploy',
  rollBack: 'deploy',
  move: 'manage',
  remove: 'manage',
  add: 'manage',
} as const satisfies Record<string, Permission>

export interface AppRef {
  name: string
  owner: { id: string } | null
  team?: { name: string } | null
}

export interface TeamRef {
  name: string
  role?: string | null
}

/**
 * How to learn what the person may do on an app: settled by what the board already knows (the
 * app is theirs; they are the team's admin or viewer), or to be asked (their collaborator
 * record), or unknown for now.
 */
export type AccessPlan = { kind: 'settled'; access: Access } | { kind: 'ask' } | { kind: 'unknown' }

/** `permissions` null: not known, nothing held back. `viewerOf`: why they only see. */
export interface Access {
  permissions: readonly Permission[] | null
  viewerOf?: string
}

const EVERYTHING: readonly Permission[] = ['view', 'deploy', 'operate', 'manage']
export const UNKNOWN: Access = { permissions: null }

export function planAccess(
  app: AppRef | undefined,
  accountId: string | undefined,
  teams: readonly TeamRef[] | undefined,
): AccessPlan {
  if (!app || !accountId) return { kind: 'unknown' }
  if (!app.team) {
    // A personal app: its owner may do everything; anyone else only as its collaborator.
    return app.owner?.id === accountId
      ? { kind: 'settled', access: { permissions: EVERYTHING } }
      : { kind: 'ask' }
  }
  if (!teams) return { kind: 'unknown' }
  const role = teams.find((team) => team.name === app.team?.name)?.role
  if (role === 'admin') return { kind: 'settled', access: { permissions: EVERYTHING } }
  if (role === 'viewer') {
    return { kind: 'settled', access: { permissions: ['view'], viewerOf: app.team.name } }
  }
  return { kind: 'ask' }
}

/**
 * The collaborator record's answer: its permissions, or none (404). On a personal app no record
 * means no access. On a team's app a member with no record of their own is left unknown: on
 * Heroku's plain (non-Enterprise) teams every member may deploy, and only the API can tell.
 */
export function accessFromRecord(app: AppRef, permissions: readonly string[] | null): Access {
  if (permissions === null) return app.team ? UNKNOWN : { permissions: [] }
  if (!app.team && permissions.length === 0) return { permissions: EVERYTHING }
  return { permissions: EVERYTHING.filter((permission) => permissions.includes(permission)) }
}

/**
 * What is known once the plan is followed: settled at once, or from the collaborator record when
 * it was asked for and has answered (`undefined` until then), else unknown.
 */
export function accessOf(
  plan: AccessPlan,
  app: AppRef | undefined,
  record: readonly string[] | null | undefined,
): Access {
  if (plan.kind === 'settled') return plan.access
  if (plan.kind === 'ask' && app && record !== undefined) return accessFromRecord(app, record)
  return UNKNOWN
}

/** Why the person may not do this to the app, or null when they may (or it is not known). */
export function accessBlocker(
  access: Access,
  needed: Permission,
  appName: string,
  doing: string,
): string | null {
  if (!access.permissions || access.permissions.includes(needed)) return null
  const why = access.viewerOf ? ` You are a viewer in ${access.viewerOf}.` : ''
  return `You need the ${needed} permission on ${appName} to ${doing}.${why}`
}

/**
 * Why the person may not change a pipeline (rename, delete, add apps), or null. "Manage
 * pipelines" is a team's admins' and members', not its viewers'; a personal pipeline is its
 * owner's; a legacy pipeline (no owner) anyone's.
 */
export function pipelineBlocker(
  owner: { id: string; type: string } | null,
  accountId: string | undefined,
  teams: readonly (TeamRef & { id: string })[] | undefined,
): string | null {
  if (!owner || !accountId) return null
  if (owner.type === 'user') {
    return owner.id === accountId ? null : "Only the pipeline's owner can change it."
  }
  if (!teams) return null
  const team = teams.find((t) => t.id === owner.id)
  if (!team) return 'You are not a member of the team that owns this pipeline.'
  return team.role === 'viewer' ? `Viewers of ${team.name} cannot change its pipelines.` : null
}

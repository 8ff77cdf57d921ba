/**
 * `POST /pipeline-transfers`: a pipeline changes owner, and its apps move with it ("changing
 * pipeline ownership along with the contained apps", REFERENCE §2.9). Heroku documents the call,
 * not its rules; those below are the mock's choice, each refusal in words that say what to do.
 */
import { appPermissions, requirePipelineManager, teamRole } from './access'
import { forbidden, invalidParams } from './errors'
import { pipelineCouplings, resolveOwner, type OwnerInput } from './pipelines'
import { ownership, requirePipeline, requireTeam, requireUser, type Platform } from './store'
import type { PipelineRecord } from './types'

type Owner = NonNullable<PipelineRecord['owner']>

export interface PipelineTransfer {
  pipeline: { id: string }
  previous_owner: Owner
  new_owner: Owner
}

function ownerName(platform: Platform, owner: Owner) {
  return owner.type === 'team'
    ? (platform.state.teams[owner.id]?.name ?? owner.id)
    : (platform.state.users[owner.id]?.email ?? owner.id)
}

/**
 * Whom the pipeline may go to. A team: one the caller belongs to as an admin or member (a viewer
 * changes nothing of a team). A person: a member of the team that owns it now ("from a team to
 * a member"). A personal pipeline goes to a team only: handing it to another person would need
 * their consent, which Heroku asks for apps and this mock does not model.
 */
function refuseNewOwner(platform: Platform, pipeline: PipelineRecord, from: Owner, to: Owner) {
  const caller = platform.actor()
  if (to.type === 'team') {
    const role = teamRole(platform, to.id, caller.id)
    if (role === 'admin' || role === 'member') return
    const team = ownerName(platform, to)
    throw forbidden(
      role === 'viewer'
        ? `Viewers of ${team} cannot give it a pipeline.`
        : `You are not a member of ${team}: a pipeline goes only to a team you belong to.`,
    )
  }
  if (from.type === 'user') {
    throw invalidParams(`${pipeline.name} is a personal pipeline: it can be transferred to a team.`)
  }
  if (!teamRole(platform, from.id, to.id)) {
    throw invalidParams(
      `${ownerName(platform, to)} is not a member of ${ownerName(platform, from)}, which owns ${pipeline.name}.`,
    )
  }
}

export function transferPipeline(
  platform: Platform,
  input: { pipeline: unknown; new_owner: OwnerInput },
): PipelineTransfer {
  const pipelineId = (input.pipeline as { id?: unknown } | null)?.id
  if (typeof pipelineId !== 'string') throw invalidParams('pipeline must be {"id": <uuid>}.')
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  const from = pipeline.owner
  if (!from) {
    throw invalidParams(
      `${pipeline.name} has no owner (a legacy pipeline): legacy pipelines cannot be transferred.`,
    )
  }
  requirePipelineManager(platform, pipeline)
  const to = resolveOwner(platform, input.new_owner)
  if (to.id === from.id) {
    throw invalidParams(`${pipeline.name} is already owned by ${ownerName(platform, to)}.`)
  }
  refuseNewOwner(platform, pipeline, from, to)

  // Every app goes, or none: one the caller may not manage stops the whole transfer.
  const apps = pipelineCouplings(platform, pipeline.id).flatMap(
    (coupling) => platform.state.apps[coupling.appId] ?? [],
  )
  const caller = platform.actor()
  const stuck = apps.find((app) => !appPermissions(platform, app, caller.id).includes('manage'))
  if (stuck) {
    throw forbidden(
      `You need the manage permission on ${stuck.name} to transfer it with the ${pipeline.name} pipeline.`,
    )
  }
  const holder = to.type === 'team' ? requireTeam(platform, to.id) : requireUser(platform, to.id)
  for (const app of apps)
    Object.assign(app, ownership(holder), { updated_at: platform.timestamp() })
  pipeline.owner = to
  pipeline.updated_at = platform.timestamp()
  platform.markDirty()
  return { pipeline: { id: pipeline.id }, previous_owner: from, new_owner: to }
}

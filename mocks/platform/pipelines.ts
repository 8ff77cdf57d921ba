import { NEEDED, requireAppPermission, requirePipelineManager } from './access'
import { conflict, forbidden, invalidParams, notFound } from './errors'
import {
  APP_NAME_PATTERN,
  PIPELINE_NAME_PATTERN,
  currentUser,
  isUuid,
  requireApp,
  requirePipeline,
  requireTeam,
  requireUser,
  type Platform,
} from './store'
import { STAGES, type CouplingRecord, type PipelineRecord, type Stage } from './types'

export const PIPELINE_NAME_MESSAGE =
  'Name must be 3 to 30 characters, start with a lowercase letter, and contain only lowercase letters, digits and dashes.'

function assertPipelineName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !PIPELINE_NAME_PATTERN.test(name)) {
    throw invalidParams(PIPELINE_NAME_MESSAGE)
  }
}

export const APP_IDENTITY_MESSAGE =
  'app must be an app id or an app name: 3 to 30 characters, lowercase letters, digits and dashes, starting with a letter and ending with a letter or digit.'

/** `{app_identity}` in a body is schema-checked (anyOf id, name pattern) before any lookup. */
function assertAppIdentity(identity: string) {
  if (!isUuid(identity) && !APP_NAME_PATTERN.test(identity))
    throw invalidParams(APP_IDENTITY_MESSAGE)
}

export function assertStage(stage: unknown): asserts stage is Stage {
  if (typeof stage !== 'string' || !(STAGES as readonly string[]).includes(stage)) {
    throw invalidParams(`Stage must be one of ${STAGES.join(', ')}.`)
  }
}

export interface OwnerInput {
  id: string
  type: 'team' | 'user'
}

export function resolveOwner(platform: Platform, owner: OwnerInput | null | undefined) {
  // Heroku no longer creates legacy (ownerless) pipelines; without an owner the caller owns it.
  if (!owner) return { id: currentUser(platform).id, type: 'user' as const }
  if (owner.type === 'team')
    return { id: requireTeam(platform, owner.id).id, type: 'team' as const }
  if (owner.type === 'user')
    return { id: requireUser(platform, owner.id).id, type: 'user' as const }
  throw invalidParams('Owner type must be one of team, user.')
}

export function createPipeline(
  platform: Platform,
  input: { name: unknown; owner?: OwnerInput | null },
): PipelineRecord {
  assertPipelineName(input.name)
  const at = platform.timestamp()
  const pipeline: PipelineRecord = {
    id: platform.newId(),
    name: input.name,
    created_at: at,
    updated_at: at,
    owner: resolveOwner(platform, input.owner),
  }
  // Only someone who could manage it may make it: a team's viewer makes no team pipeline.
  requirePipelineManager(platform, pipeline)
  platform.state.pipelines[pipeline.id] = pipeline
  platform.markDirty()
  return pipeline
}

export function renamePipeline(platform: Platform, id: string, name: unknown): PipelineRecord {
  const pipeline = requirePipeline(platform, id, { byName: false })
  requirePipelineManager(platform, pipeline)
  assertPipelineName(name)
  pipeline.name = name
  pipeline.updated_at = platform.timestamp()
  platform.markDirty()
  return pipeline
}

/** Deletes the pipeline and its couplings; the apps themselves stay (like `pipelines:destroy`). */
export function deletePipeline(platform: Platform, id: string): PipelineRecord {
  const pipeline = requirePipeline(platform, id, { byName: false })
  requirePipelineManager(platform, pipeline)
  const { state } = platform
  for (const coupling of pipelineCouplings(platform, id)) delete state.couplings[coupling.id]
  for (const reviewApp of Object.values(state.reviewApps)) {
    if (reviewApp.pipelineId === id) delete state.reviewApps[reviewApp.id]
  }
  delete state.pipelines[id]
  delete state.pipelineRepos[id]
  delete state.ciPipelines[id]
  delete state.pipelineConfigVars[id]
  delete state.reviewAppConfigs[id]
  platform.markDirty()
  return pipeline
}

export function pipelineCouplings(platform: Platform, pipelineId: string): CouplingRecord[] {
  return Object.values(platform.state.couplings).filter((c) => c.pipelineId === pipelineId)
}

export function couplingOfApp(platform: Platform, appId: string): CouplingRecord | undefined {
  return Object.values(platform.state.couplings).find((c) => c.appId === appId)
}

export function requireCoupling(platform: Platform, id: string): CouplingRecord {
  const coupling = platform.state.couplings[id]
  if (!coupling) throw notFound('pipeline coupling')
  return coupling
}

export function createCoupling(
  platform: Platform,
  input: { app: unknown; pipeline: unknown; stage: unknown },
): CouplingRecord {
  if (typeof input.app !== 'string' || typeof input.pipeline !== 'string') {
    throw invalidParams('app and pipeline are required.')
  }
  assertAppIdentity(input.app)
  assertStage(input.stage)
  const app = requireApp(platform, input.app)
  const pipeline = requirePipeline(platform, input.pipeline, { byName: false })
  requirePipelineManager(platform, pipeline)
  requireAppPermission(platform, app, NEEDED.couple)

  // "An app can only belong to one pipeline at a time." Heroku's exact status for this refusal is
  // not documented; 409 conflict is our reading, with a message that names the other pipeline.
  const existing = couplingOfApp(platform, app.id)
  if (existing) {
    const other = platform.state.pipelines[existing.pipelineId]
    throw conflict(`${app.name} is already in the ${other?.name ?? 'another'} pipeline.`)
  }
  // New ownership model: "the app owner must be the same as the pipeline owner" (legacy
  // pipelines, with no owner, take any app).
  if (pipeline.owner && pipeline.owner.id !== app.owner.id) {
    throw forbidden(
      `${app.name} is owned by ${app.owner.email}; apps in the ${pipeline.name} pipeline must have the pipeline's owner.`,
    )
  }

  const at = platform.timestamp()
  const coupling: CouplingRecord = {
    id: platform.newId(),
    appId: app.id,
    pipelineId: pipeline.id,
    stage: input.stage,
    created_at: at,
    updated_at: at,
  }
  platform.state.couplings[coupling.id] = coupling
  platform.markDirty()
  return coupling
}

export function updateCouplingStage(
  platform: Platform,
  id: string,
  stage: unknown,
): CouplingRecord {
  const coupling = requireCoupling(platform, id)
  requireCouplingPermission(platform, coupling)
  assertStage(stage)
  coupling.stage = stage
  coupling.updated_at = platform.timestamp()
  platform.markDirty()
  return coupling
}

export function deleteCoupling(platform: Platform, id: string): CouplingRecord {
  const coupling = requireCoupling(platform, id)
  requireCouplingPermission(platform, coupling)
  delete platform.state.couplings[id]
  platform.markDirty()
  return coupling
}

/** Moving an app between stages or out of its pipeline is a change to the app: `manage`. */
function requireCouplingPermission(platform: Platform, coupling: CouplingRecord) {
  const app = platform.state.apps[coupling.appId]
  if (app) requireAppPermission(platform, app, NEEDED.couple)
}

/**
 * A pipeline's stage config vars (`/pipelines/{id}/stage/{stage}/config-vars`): Heroku CI's
 * environment lives in stage `test` (`heroku ci:config`), review apps' in `review`. A PATCH sets
 * what it names and deletes what it sets to null; the answer is the whole map (REFERENCE §2.10).
 */
import { requirePipelineManager } from './access'
import { invalidParams } from './errors'
import { assertStage } from './pipelines'
import { requirePipeline, type Platform } from './store'

const KEY = /^[\w.:[\]]+$/

export function stageConfigVars(platform: Platform, pipelineId: string, stage: string) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  assertStage(stage)
  return { ...platform.state.pipelineConfigVars[pipeline.id]?.[stage] }
}

export function updateStageConfigVars(
  platform: Platform,
  pipelineId: string,
  stage: string,
  body: Record<string, unknown>,
) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  assertStage(stage)
  requirePipelineManager(platform, pipeline)
  for (const [key, value] of Object.entries(body)) {
    if (!KEY.test(key)) throw invalidParams(`${key} is not a valid config var name.`)
    if (value !== null && typeof value !== 'string') {
      throw invalidParams(`The value of ${key} must be a string, or null to remove it.`)
    }
  }
  const stages = (platform.state.pipelineConfigVars[pipeline.id] ??= {})
  const vars = { ...stages[stage] }
  for (const [key, value] of Object.entries(body)) {
    if (value === null) delete vars[key]
    else vars[key] = value as string
  }
  stages[stage] = vars
  platform.markDirty()
  return { ...vars }
}

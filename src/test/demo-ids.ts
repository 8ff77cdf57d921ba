import { mockApi } from './mock-api'

/** The id of a demo pipeline, by name: tests address pages as a user would reach them. */
export function pipelineIdOf(name: string): string {
  const pipeline = Object.values(mockApi.backend.platform.state.pipelines).find(
    (p) => p.name === name,
  )
  if (!pipeline) throw new Error(`No demo pipeline named ${name}`)
  return pipeline.id
}

export function appIdOf(name: string): string {
  const app = Object.values(mockApi.backend.platform.state.apps).find((a) => a.name === name)
  if (!app) throw new Error(`No demo app named ${name}`)
  return app.id
}

/** The large scenario: the shape the bench and a curious person rely on, served like any other. */
import { describe, expect, it } from 'vitest'
import { APP_NAME_PATTERN, PIPELINE_NAME_PATTERN } from '../platform/store'
import { getJson, useMockServer } from '../test/heroku-client'
import { schemaProblems } from '../test/schema'
import { buildLargeScenario } from './large'

const { backend, pipelineId } = useMockServer(buildLargeScenario)
const state = () => backend.platform.state

/** The commit each app of a pipeline's stage runs (its newest succeeded release's slug). */
function runningCommits(pipeline: string, stage: string) {
  const id = pipelineId(pipeline)
  return Object.values(state().couplings)
    .filter((c) => c.pipelineId === id && c.stage === stage)
    .map((c) => {
      const running = state()
        .releases[c.appId]?.filter((r) => r.status === 'succeeded')
        .at(-1)
      return running?.slugId ? state().slugs[running.slugId]?.commit : undefined
    })
}

describe('the large scenario', () => {
  it('has 200 pipelines, one of 2,000 apps and one of 20, each stage on a handful of commits', () => {
    expect(Object.keys(state().pipelines)).toHaveLength(200)
    for (const [pipeline, counts] of [
      ['fleet', { development: 50, review: 150, staging: 500, production: 1300 }],
      ['atlas', { development: 2, review: 3, staging: 5, production: 10 }],
    ] as const) {
      for (const [stage, count] of Object.entries(counts)) {
        const commits = runningCommits(pipeline, stage)
        expect(commits, `${pipeline} ${stage}`).toHaveLength(count)
        expect(commits.every(Boolean)).toBe(true)
        const distinct = new Set(commits).size
        expect(distinct).toBeGreaterThanOrEqual(Math.min(count, 2))
        expect(distinct).toBeLessThanOrEqual(6)
      }
    }
  })

  it('keeps the platform rules: valid unique names, one pipeline per app, shared slugs', () => {
    const apps = Object.values(state().apps)
    expect(apps.every((app) => APP_NAME_PATTERN.test(app.name))).toBe(true)
    expect(new Set(apps.map((app) => app.name)).size).toBe(apps.length)
    const pipelines = Object.values(state().pipelines)
    expect(pipelines.every((p) => PIPELINE_NAME_PATTERN.test(p.name))).toBe(true)
    const coupled = Object.values(state().couplings).map((c) => c.appId)
    expect(new Set(coupled).size).toBe(coupled.length)
    // One slug per commit, promoted from app to app: a handful, not one per release.
    expect(Object.keys(state().slugs).length).toBeLessThan(40)
  })

  it("serves the 2,000-app board's lists in Heroku's shapes and pages", async () => {
    const id = pipelineId('fleet')
    const { body: couplings } = await getJson<{ app: { id: string } }[]>(
      `/pipelines/${id}/pipeline-couplings`,
    )
    expect(couplings).toHaveLength(2000)
    const { body: latest } = await getJson<unknown[]>(`/pipelines/${id}/latest-releases`)
    expect(latest).toHaveLength(2000)
    expect(schemaProblems('release', latest, { list: true })).toEqual([])
    const { response, body: apps } = await getJson<unknown[]>('/filters/apps', {
      method: 'POST',
      body: { in: { id: couplings.map((c) => c.app.id) } },
      headers: { Range: 'id ..; max=1000' },
    })
    expect(response.status).toBe(206)
    expect(apps).toHaveLength(1000)
    expect(schemaProblems('team-app', apps, { list: true })).toEqual([])
  })
})

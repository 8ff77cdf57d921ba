/** Every app and pipeline of the demo, in every shape it takes, against the Heroku schema. */
import { describe, expect, it } from 'vitest'
import { getJson, useMockServer } from './heroku-client'
import { formatProblems, schemaProblems } from './schema'

const { backend } = useMockServer()
const apps = Object.values(backend.platform.state.apps).map(({ id, name }) => ({ id, name }))
const pipelines = Object.values(backend.platform.state.pipelines).map(({ id, name }) => ({
  id,
  name,
}))

async function conforming(path: string, schema: string, list = false) {
  const { response, body } = await getJson<unknown>(path, { headers: { Range: 'id ..; max=1000' } })
  expect(response.status, path).toBe(200)
  expect(schemaProblems(schema, body, { list }), path).toEqual([])
  expect(formatProblems(body), path).toEqual([])
  return body
}

describe.each(apps)('app $name', ({ id, name }) => {
  it('conforms as an app and as a team-app', async () => {
    await conforming(`/apps/${name}`, 'app')
    const { body } = await getJson<unknown>('/filters/apps', {
      method: 'POST',
      body: { in: { id: [id] } },
    })
    expect(body).toHaveLength(1)
    expect(schemaProblems('team-app', body, { list: true })).toEqual([])
  })

  it('has conforming releases, slugs and formation', async () => {
    const releases = (await conforming(`/apps/${name}/releases`, 'release', true)) as {
      slug: { id: string } | null
    }[]
    for (const slug of new Set(releases.flatMap((r) => (r.slug ? [r.slug.id] : [])))) {
      await conforming(`/apps/${name}/slugs/${slug}`, 'slug')
    }
    await conforming(`/apps/${name}/formation`, 'formation', true)
  })
})

describe.each(pipelines)('pipeline $name', ({ id }) => {
  it('conforms, with its couplings, latest releases and review apps', async () => {
    await conforming(`/pipelines/${id}`, 'pipeline')
    const couplings = (await conforming(
      `/pipelines/${id}/pipeline-couplings`,
      'pipeline-coupling',
      true,
    )) as {
      app: { id: string }
    }[]
    for (const coupling of couplings) {
      await conforming(`/apps/${coupling.app.id}/pipeline-couplings`, 'pipeline-coupling')
    }
    await conforming(`/pipelines/${id}/latest-releases`, 'release', true)
    const reviewApps = (await conforming(`/pipelines/${id}/review-apps`, 'review-app', true)) as {
      id: string
    }[]
    for (const reviewApp of reviewApps)
      await conforming(`/review-apps/${reviewApp.id}`, 'review-app')
  })
})

it('covers the shapes that matter: no release, no slug, failed release, legacy owner', async () => {
  const { body: staging } = await getJson<{ status: string; current: boolean }[]>(
    '/apps/storefront-staging/releases',
  )
  expect(staging.map((r) => r.status)).toContain('failed')
  const { body: neverReleased } = await getJson<unknown[]>('/apps/marketing-site-staging/releases')
  expect(neverReleased).toEqual([])
  const { body: legacy } = await getJson<{ owner: unknown }[]>('/pipelines?eq[name]=legacy-reports')
  expect(legacy[0]?.owner).toBeNull()
  expect(pipelines.length).toBe(5)
  expect(apps.length).toBeGreaterThan(15)
})

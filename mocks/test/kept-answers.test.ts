import { describe, expect, it } from 'vitest'
import { KeptAnswers } from '../kept-answers'
import { api, body, useMockServer } from './heroku-client'
import { testPlatform, TIMINGS } from './support'

const { backend, clock, pipelineId } = useMockServer()

interface Release {
  app: { name: string }
  version: number
  description: string
}

const latestOf = (pipeline: string) => `/pipelines/${pipelineId(pipeline)}/latest-releases`
const versionOf = (releases: Release[], app: string) =>
  releases.find((release) => release.app.name === app)?.version

/**
 * Changes an app's newest release behind the platform's back, as no operation does (they all
 * mark the state changed): what a read then shows says whether its answer was made again.
 */
function describeQuietly(app: string, description: string) {
  const { platform } = backend
  const appId = Object.values(platform.state.apps).find((record) => record.name === app)?.id ?? ''
  const newest = platform.state.releases[appId]?.at(-1)
  if (!newest) throw new Error(`${app} has no release`)
  newest.description = description
}

describe('the biggest lists, read again with nothing changed', () => {
  it('are the same answer, with the same ETag, without being made again', async () => {
    const first = await api(latestOf('billing-api'))
    const text = await first.text()
    describeQuietly('billing-api', 'changed where no read can see it')
    const again = await api(latestOf('billing-api'))
    expect(await again.text()).toBe(text)
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'))
    // A conditional read of it is still answered 304.
    const conditional = await api(latestOf('billing-api'), {
      headers: { 'If-None-Match': first.headers.get('ETag') ?? '' },
    })
    expect(conditional.status).toBe(304)
  })

  it('are kept per address: a filtered list is not the whole list', async () => {
    const all = await body<{ name: string }[]>(await api('/pipelines'))
    const named = await body<{ name: string }[]>(await api('/pipelines?eq[name]=billing-api'))
    expect(all.length).toBeGreaterThan(1)
    expect(named.map((pipeline) => pipeline.name)).toEqual(['billing-api'])
    expect(await body<unknown[]>(await api('/pipelines'))).toEqual(all)
  })

  it('are made again once anything changes, and show the change', async () => {
    const before = await body<Release[]>(await api(latestOf('billing-api')))
    const rolledBack = versionOf(before, 'billing-api') ?? 0
    const rollback = await api('/apps/billing-api/releases', {
      method: 'POST',
      body: { release: `${rolledBack - 1}` },
    })
    expect(rollback.status).toBe(201)
    const after = await body<Release[]>(await api(latestOf('billing-api')))
    expect(versionOf(after, 'billing-api')).toBe(rolledBack + 1)
  })

  it('are made again after a reset of the demo data', async () => {
    await api(latestOf('billing-api'))
    describeQuietly('billing-api', 'changed where no read can see it')
    await backend.reset()
    describeQuietly('billing-api', 'changed, then the state was put back')
    const after = await body<Release[]>(await api(latestOf('billing-api')))
    expect(after.find((release) => release.app.name === 'billing-api')?.description).toBe(
      'changed, then the state was put back',
    )
  })

  it('are made again when time alone has moved a release on', async () => {
    const slug = (
      await body<{ slug: { id: string } }[]>(await api('/apps/billing-api/releases'))
    ).at(-1)?.slug.id
    const deploy = await api('/apps/billing-api/releases', { method: 'POST', body: { slug } })
    expect(deploy.status).toBe(201)
    const statusNow = async () =>
      (await body<(Release & { status: string })[]>(await api(latestOf('billing-api')))).find(
        (release) => release.app.name === 'billing-api',
      )?.status
    // Its release command runs, then ends: read twice at each moment.
    expect(await statusNow()).toBe('pending')
    expect(await statusNow()).toBe('pending')
    clock.advance(TIMINGS.releasePhase)
    expect(await statusNow()).toBe('succeeded')
  })
})

describe('an answer kept while the state is unchanged', () => {
  const answer = (text: string) => ({ status: 200, text })

  it('is not kept when making it read the clock', () => {
    const { platform } = testPlatform()
    const kept = new KeptAnswers()
    expect(kept.find(platform, 'read')).toBeUndefined()
    kept.make(platform, 'read', () => answer(`at ${platform.now()}`))
    expect(kept.find(platform, 'read')).toBeUndefined()
    kept.make(platform, 'read', () => answer('from the state alone'))
    expect(kept.find(platform, 'read')).toEqual(answer('from the state alone'))
  })

  it('is not kept when making it changed the state', () => {
    const { platform } = testPlatform()
    const kept = new KeptAnswers()
    kept.make(platform, 'read', () => {
      platform.markDirty()
      return answer('made while writing')
    })
    expect(kept.find(platform, 'read')).toBeUndefined()
  })

  it('is dropped when the whole state is swapped, as when another tab saved', () => {
    const { platform } = testPlatform()
    const kept = new KeptAnswers()
    kept.make(platform, 'read', () => answer('before'))
    platform.state = structuredClone(platform.state)
    expect(kept.find(platform, 'read')).toBeUndefined()
  })

  it('is dropped by any write, and kept per read', () => {
    const { platform } = testPlatform()
    const kept = new KeptAnswers()
    kept.make(platform, 'one', () => answer('one'))
    kept.make(platform, 'two', () => answer('two'))
    expect(kept.find(platform, 'one')?.text).toBe('one')
    expect(kept.find(platform, 'two')?.text).toBe('two')
    platform.markDirty()
    expect(kept.find(platform, 'one')).toBeUndefined()
    expect(kept.find(platform, 'two')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { appNamed, pipelineNamed, refusal, testPlatform, TIMINGS } from '../test/support'
import { advanceAppSetups, createAppSetup, requireAppSetup } from './app-setups'
import { branchHead } from './branches'
import { currentRelease } from './releases'
import { archiveLink } from './sources'
import type { Platform } from './store'

const REPO = 'northwind/billing-api'
const BUILD = 2 * TIMINGS.reviewAppStep

const setUp = (platform: Platform, name: string, branch = 'main', app: object = {}) =>
  createAppSetup(platform, {
    app: { name, ...app },
    pipeline_coupling: { pipeline: pipelineNamed(platform, 'billing-api').id, stage: 'staging' },
    source_blob: { url: archiveLink(platform, REPO, branchHead(platform.state, REPO, branch)!) },
  })

const asPerson = (platform: Platform, key: string) => platform.state.apiKeys[key] ?? ''

describe('an app setup', () => {
  it("makes its app in the pipeline's stage at once, then builds the archive's commit", () => {
    const { platform, clock } = testPlatform()
    const setup = setUp(platform, 'billing-api-apac', 'main', { organization: 'northwind' })
    const app = appNamed(platform, 'billing-api-apac')
    expect(setup).toMatchObject({ status: 'pending', appId: app.id })
    expect(app.team?.name).toBe('northwind')
    const coupling = Object.values(platform.state.couplings).find((c) => c.appId === app.id)
    expect(coupling?.stage).toBe('staging')

    clock.advance(BUILD)
    advanceAppSetups(platform)
    expect(setup).toMatchObject({ status: 'succeeded', failure_message: null })
    const slug = platform.state.slugs[currentRelease(platform, app.id)?.slugId ?? '']
    expect(slug?.commit).toBe(branchHead(platform.state, REPO, 'main'))
  })

  it("fails with the build's words when its commit does not build", () => {
    const { platform, clock } = testPlatform()
    const setup = setUp(platform, 'billing-api-node22', 'chore/upgrade-node-22')
    clock.advance(BUILD)
    advanceAppSetups(platform)
    expect(setup.status).toBe('failed')
    expect(setup.failure_message).toContain('engines.node 22.x is not available')
  })

  it('refuses a taken or malformed name, a team the person is not in, and a pipeline they cannot manage', () => {
    const { platform } = testPlatform()
    expect(refusal(() => setUp(platform, 'billing-api')).message).toBe(
      'Name billing-api is already taken',
    )
    expect(refusal(() => setUp(platform, 'Billing_EU')).status).toBe(422)
    expect(
      refusal(() => setUp(platform, 'fine-name', 'main', { organization: 'nope' })).status,
    ).toBe(404)
    const viewer = asPerson(platform, DEMO_KEYS.priya)
    expect(
      platform.actingAs(viewer, () => refusal(() => setUp(platform, 'fine-name'))).status,
    ).toBe(403)
    expect(Object.values(platform.state.apps).some((app) => app.name === 'fine-name')).toBe(false)
  })

  it('is shown to whoever asked for it and to people who may see its app, not to others', () => {
    const { platform } = testPlatform()
    const setup = setUp(platform, 'billing-api-apac', 'main', { personal: true })
    expect(requireAppSetup(platform, setup.id)).toBe(setup)
    const teammate = asPerson(platform, DEMO_KEYS.priya)
    expect(
      platform.actingAs(teammate, () => refusal(() => requireAppSetup(platform, setup.id))).status,
    ).toBe(403)
  })
})

import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { appNamed, pipelineNamed, refusal, testPlatform } from '../test/support'
import { appPermissions } from './access'
import { couplingOfApp, deleteCoupling, renamePipeline, updateCouplingStage } from './pipelines'
import { createPromotion } from './promotions'
import { rollback } from './releases'
import type { Platform } from './store'

const demo = () => {
  const { platform } = testPlatform()
  const person = (key: keyof typeof DEMO_KEYS) => platform.state.apiKeys[DEMO_KEYS[key]] ?? ''
  return { platform, ada: person('ada'), marcus: person('marcus'), priya: person('priya') }
}

const promote = (platform: Platform, from: string, to: string[]) =>
  createPromotion(platform, {
    pipeline: { id: couplingOfApp(platform, appNamed(platform, from).id)?.pipelineId },
    source: { app: { id: appNamed(platform, from).id } },
    targets: to.map((name) => ({ app: { id: appNamed(platform, name).id } })),
  })

describe("who may do what (Heroku's app permissions)", () => {
  it('gives a team admin everything, a member view plus their grants, a viewer view', () => {
    const { platform, ada, marcus, priya } = demo()
    const of = (app: string, user: string) =>
      appPermissions(platform, appNamed(platform, app), user)
    expect(of('billing-api', ada)).toEqual(['view', 'deploy', 'operate', 'manage'])
    expect(of('billing-api-staging', marcus)).toEqual(['view', 'deploy', 'operate', 'manage'])
    expect(of('billing-api', marcus)).toEqual(['view'])
    expect(of('billing-api-staging', priya)).toEqual(['view'])
  })

  it("gives a personal app's owner and collaborators everything, and nobody else anything", () => {
    const { platform, ada, marcus, priya } = demo()
    const of = (app: string, user: string) =>
      appPermissions(platform, appNamed(platform, app), user)
    expect(of('marketing-site', ada)).toHaveLength(4)
    expect(of('storefront-dev', ada)).toHaveLength(4) // Marcus's, with Ada as collaborator
    expect(of('marketing-site', marcus)).toEqual([])
    expect(of('marketing-site', priya)).toEqual([])
  })
})

describe('changes the caller may not make are refused with 403 forbidden', () => {
  it('refuses a promotion with one target the caller may not deploy to, and starts none of it', () => {
    const { platform, marcus } = demo()
    const before = Object.keys(platform.state.promotions).length
    const error = refusal(() =>
      platform.actingAs(marcus, () =>
        promote(platform, 'billing-api-staging', ['billing-api', 'billing-api-eu']),
      ),
    )
    expect(error).toMatchObject({ status: 403, id: 'forbidden' })
    expect(error.message).toBe('You need the deploy permission on billing-api to do that.')
    expect(Object.keys(platform.state.promotions)).toHaveLength(before)
  })

  it('lets a member promote to the apps they may deploy to, in their own name', () => {
    const { platform, marcus } = demo()
    const promotion = platform.actingAs(marcus, () =>
      promote(platform, 'billing-api-dev', ['billing-api-staging']),
    )
    expect(promotion.userId).toBe(marcus)
  })

  it('refuses moves and removals to a viewer, and leaves the coupling as it was', () => {
    const { platform, priya } = demo()
    const coupling = couplingOfApp(platform, appNamed(platform, 'billing-api-dev').id)
    if (!coupling) throw new Error('billing-api-dev is in a pipeline in the demo')
    for (const change of [
      () => updateCouplingStage(platform, coupling.id, 'staging'),
      () => deleteCoupling(platform, coupling.id),
    ]) {
      expect(refusal(() => platform.actingAs(priya, change))).toMatchObject({
        status: 403,
        message: 'You need the manage permission on billing-api-dev to do that.',
      })
    }
    expect(platform.state.couplings[coupling.id]?.stage).toBe('development')
  })

  it('refuses a rollback without deploy', () => {
    const { platform, marcus } = demo()
    const app = appNamed(platform, 'billing-api')
    const earlier = platform.state.releases[app.id]?.at(-2)
    expect(
      refusal(() => platform.actingAs(marcus, () => rollback(platform, app.id, earlier?.id))),
    ).toMatchObject({ status: 403, id: 'forbidden' })
  })

  it("lets a team's members manage its pipelines, not its viewers", () => {
    const { platform, marcus, priya } = demo()
    const pipeline = pipelineNamed(platform, 'storefront')
    expect(
      refusal(() => platform.actingAs(priya, () => renamePipeline(platform, pipeline.id, 'shop'))),
    ).toMatchObject({ status: 403, message: 'Viewers of northwind cannot change its pipelines.' })
    expect(pipeline.name).toBe('storefront')
    platform.actingAs(marcus, () => renamePipeline(platform, pipeline.id, 'shop'))
    expect(pipeline.name).toBe('shop')
  })

  it("keeps a personal pipeline its owner's", () => {
    const { platform, marcus } = demo()
    const pipeline = pipelineNamed(platform, 'marketing-site')
    expect(
      refusal(() => platform.actingAs(marcus, () => renamePipeline(platform, pipeline.id, 'www'))),
    ).toMatchObject({
      status: 403,
      message: 'Only the owner of the marketing-site pipeline can change it.',
    })
  })

  it('lets only those with access to one of its apps change a legacy pipeline', () => {
    const { platform, marcus, priya } = demo()
    const pipeline = pipelineNamed(platform, 'legacy-reports')
    expect(
      refusal(() =>
        platform.actingAs(priya, () => renamePipeline(platform, pipeline.id, 'old-reports')),
      ),
    ).toMatchObject({
      status: 403,
      message: 'You have no access to any app of the legacy-reports pipeline.',
    })
    platform.actingAs(marcus, () => renamePipeline(platform, pipeline.id, 'old-reports'))
    expect(pipeline.name).toBe('old-reports')
  })

  it('gives a viewer view only, even on an app that granted them more', () => {
    const { platform, priya } = demo()
    const app = appNamed(platform, 'billing-api')
    platform.state.appCollaborators.extra = {
      id: 'extra',
      appId: app.id,
      userId: priya,
      permissions: ['deploy'],
      created_at: app.created_at,
      updated_at: app.created_at,
    }
    expect(appPermissions(platform, app, priya)).toEqual(['view'])
  })
})

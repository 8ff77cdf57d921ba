import { describe, expect, it } from 'vitest'
import { appNamed, pipelineNamed, refusal, testPlatform, UUID } from '../test/support'
import {
  createCoupling,
  createPipeline,
  deletePipeline,
  pipelineCouplings,
  renamePipeline,
  requireCoupling,
  updateCouplingStage,
  couplingOfApp,
  deleteCoupling,
} from './pipelines'
import { currentUser, requirePipeline } from './store'

describe('pipeline names', () => {
  it.each(['abc', 'billing-v2', 'a-very-long-but-valid-name-30c'])('accepts %s', (name) => {
    const { platform } = testPlatform()
    expect(createPipeline(platform, { name }).name).toBe(name)
  })

  it.each(['ab', 'Billing', '2fast', 'has_underscore', 'a'.repeat(31), '', 42])(
    'refuses %j with 422 invalid_params and says what a name must look like',
    (name) => {
      const { platform } = testPlatform()
      const error = refusal(() => createPipeline(platform, { name }))
      expect(error).toMatchObject({ status: 422, id: 'invalid_params' })
      expect(error.message).toMatch(/3 to 30 characters.*lowercase letter/)
    },
  )

  it('validates the new name on rename and leaves the pipeline as it was', () => {
    const { platform } = testPlatform()
    const pipeline = pipelineNamed(platform, 'billing-api')
    expect(refusal(() => renamePipeline(platform, pipeline.id, 'No Spaces'))).toMatchObject({
      status: 422,
      id: 'invalid_params',
    })
    expect(pipeline.name).toBe('billing-api')
  })
})

describe('pipeline ownership on create', () => {
  it('makes the caller the owner when none is given (no new legacy pipelines)', () => {
    const { platform } = testPlatform()
    const pipeline = createPipeline(platform, { name: 'new-one' })
    expect(pipeline.owner).toEqual({ id: currentUser(platform).id, type: 'user' })
    expect(pipeline.id).toMatch(UUID)
  })

  it('takes a team by name or id, and 404s an unknown owner', () => {
    const { platform } = testPlatform()
    const team = Object.values(platform.state.teams)[0]
    const byName = createPipeline(platform, {
      name: 'p-one',
      owner: { id: 'northwind', type: 'team' },
    })
    expect(byName.owner).toEqual({ id: team?.id, type: 'team' })
    const unknown = { id: '00000000-0000-4000-8000-ffffffffffff', type: 'user' as const }
    expect(
      refusal(() => createPipeline(platform, { name: 'p-two', owner: unknown })),
    ).toMatchObject({
      status: 404,
      id: 'not_found',
    })
  })
})

describe('rename and delete take the pipeline id only', () => {
  it('renames by id and refuses the name with 404', () => {
    const { platform, clock } = testPlatform()
    const pipeline = pipelineNamed(platform, 'storefront')
    expect(refusal(() => renamePipeline(platform, 'storefront', 'shop'))).toMatchObject({
      status: 404,
      id: 'not_found',
    })
    clock.advance(60_000)
    const renamed = renamePipeline(platform, pipeline.id, 'shop')
    expect(renamed).toMatchObject({ id: pipeline.id, name: 'shop' })
    expect(renamed.updated_at).toBe('2026-11-21T12:01:00Z')
    expect(requirePipeline(platform, 'shop', { byName: true }).id).toBe(pipeline.id)
  })

  it('deletes the couplings and review apps but keeps the apps', () => {
    const { platform } = testPlatform()
    const pipeline = pipelineNamed(platform, 'billing-api')
    const appIds = pipelineCouplings(platform, pipeline.id).map((c) => c.appId)
    expect(appIds).toHaveLength(5)

    expect(refusal(() => deletePipeline(platform, 'billing-api'))).toMatchObject({ status: 404 })
    deletePipeline(platform, pipeline.id)

    expect(platform.state.pipelines[pipeline.id]).toBeUndefined()
    expect(pipelineCouplings(platform, pipeline.id)).toEqual([])
    const reviewApps = Object.values(platform.state.reviewApps)
    expect(reviewApps.filter((r) => r.pipelineId === pipeline.id)).toEqual([])
    for (const id of appIds) expect(platform.state.apps[id]).toBeDefined()
    // Freed apps can join another pipeline.
    const gateway = pipelineNamed(platform, 'mobile-gateway')
    const app = appNamed(platform, 'billing-api-dev')
    expect(
      createCoupling(platform, { app: app.id, pipeline: gateway.id, stage: 'staging' }),
    ).toBeDefined()
  })
})

describe('couplings', () => {
  it('couples an app by name or id into a stage of a pipeline it may join', () => {
    const { platform } = testPlatform()
    const gateway = pipelineNamed(platform, 'mobile-gateway')
    const app = appNamed(platform, 'mobile-gateway-staging')
    const coupling = createCoupling(platform, {
      app: app.name,
      pipeline: gateway.id,
      stage: 'staging',
    })
    expect(coupling).toMatchObject({ appId: app.id, pipelineId: gateway.id, stage: 'staging' })
    expect(couplingOfApp(platform, app.id)?.id).toBe(coupling.id)
  })

  it.each(['qa', 'Production', '', undefined])('refuses stage %j with 422', (stage) => {
    const { platform } = testPlatform()
    const gateway = pipelineNamed(platform, 'mobile-gateway')
    const error = refusal(() =>
      createCoupling(platform, { app: 'mobile-gateway-staging', pipeline: gateway.id, stage }),
    )
    expect(error).toMatchObject({ status: 422, id: 'invalid_params' })
    expect(error.message).toBe(
      'Stage must be one of test, review, development, staging, production.',
    )
  })

  it.each(['Not_An_App', 'x', 'ends-with-dash-'])(
    'refuses app identity %j, neither an id nor a valid app name, with 422',
    (app) => {
      const { platform } = testPlatform()
      const gateway = pipelineNamed(platform, 'mobile-gateway')
      const error = refusal(() =>
        createCoupling(platform, { app, pipeline: gateway.id, stage: 'staging' }),
      )
      expect(error).toMatchObject({ status: 422, id: 'invalid_params' })
      expect(error.message).toMatch(/app id or an app name/)
    },
  )

  it('404s an app name that matches the pattern but does not exist, and an unknown pipeline', () => {
    const { platform } = testPlatform()
    const gateway = pipelineNamed(platform, 'mobile-gateway')
    expect(
      refusal(() =>
        createCoupling(platform, { app: 'no-such-app', pipeline: gateway.id, stage: 'staging' }),
      ),
    ).toMatchObject({ status: 404, id: 'not_found', message: "Couldn't find that app." })
    expect(
      refusal(() =>
        createCoupling(platform, {
          app: 'search-indexer',
          pipeline: 'mobile-gateway',
          stage: 'staging',
        }),
      ),
    ).toMatchObject({ status: 404, id: 'not_found', message: "Couldn't find that pipeline." })
  })

  it('keeps an app in at most one pipeline: 409 naming the pipeline it is in', () => {
    const { platform } = testPlatform()
    const storefront = pipelineNamed(platform, 'storefront')
    const error = refusal(() =>
      createCoupling(platform, {
        app: 'billing-api-dev',
        pipeline: storefront.id,
        stage: 'development',
      }),
    )
    expect(error).toMatchObject({ status: 409, id: 'conflict' })
    expect(error.message).toBe('billing-api-dev is already in the billing-api pipeline.')
  })

  it('refuses an app whose owner is not the pipeline owner with 403', () => {
    const { platform } = testPlatform()
    const billing = pipelineNamed(platform, 'billing-api') // a team pipeline
    const error = refusal(() =>
      createCoupling(platform, {
        app: 'ada-scratchpad',
        pipeline: billing.id,
        stage: 'development',
      }),
    )
    expect(error).toMatchObject({ status: 403, id: 'forbidden' })
    expect(error.message).toContain('ada@northwind.dev')
    expect(couplingOfApp(platform, appNamed(platform, 'ada-scratchpad').id)).toBeUndefined()

    const personal = pipelineNamed(platform, 'marketing-site') // Ada's own pipeline
    expect(
      refusal(() =>
        createCoupling(platform, {
          app: 'search-indexer',
          pipeline: personal.id,
          stage: 'staging',
        }),
      ),
    ).toMatchObject({ status: 403 })
    expect(
      createCoupling(platform, {
        app: 'ada-scratchpad',
        pipeline: personal.id,
        stage: 'development',
      }),
    ).toBeDefined()
  })

  it('lets a legacy (ownerless) pipeline take any app', () => {
    const { platform } = testPlatform()
    const legacy = pipelineNamed(platform, 'legacy-reports')
    expect(legacy.owner).toBeNull()
    for (const app of ['ada-scratchpad', 'payments-sandbox']) {
      expect(
        createCoupling(platform, { app, pipeline: legacy.id, stage: 'development' }).pipelineId,
      ).toBe(legacy.id)
    }
  })

  it('moves an app between stages and removes it from the pipeline', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api-dev')
    const coupling = couplingOfApp(platform, app.id)
    if (!coupling) throw new Error('billing-api-dev is coupled in the demo')
    expect(refusal(() => updateCouplingStage(platform, coupling.id, 'prod'))).toMatchObject({
      status: 422,
    })
    expect(updateCouplingStage(platform, coupling.id, 'staging').stage).toBe('staging')
    deleteCoupling(platform, coupling.id)
    expect(couplingOfApp(platform, app.id)).toBeUndefined()
    expect(refusal(() => requireCoupling(platform, coupling.id))).toMatchObject({
      status: 404,
      message: "Couldn't find that pipeline coupling.",
    })
    expect(platform.state.apps[app.id]).toBeDefined()
  })
})

import { describe, expect, it } from 'vitest'
import { appNamed, testPlatform } from '../test/support'
import { appReleases, currentRelease } from './releases'
import { appAddons, appDynos, configVarsAt, releaseProcess } from './runtime'

describe('what runs an app', () => {
  it('has one dyno per unit of its formation, all up on the current release, with lasting ids', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api')
    const units = Object.values(platform.state.formations)
      .filter((formation) => formation.appId === app.id)
      .reduce((sum, formation) => sum + formation.quantity, 0)
    const dynos = appDynos(platform, app)
    expect(dynos).toHaveLength(units)
    expect(dynos.map((dyno) => dyno.name)).toContain('web.1')
    const release = currentRelease(platform, app.id)!
    for (const dyno of dynos) {
      expect(dyno).toMatchObject({
        state: 'up',
        release: { id: release.id, version: release.version },
      })
    }
    expect(appDynos(platform, app).map((dyno) => dyno.id)).toEqual(dynos.map((dyno) => dyno.id))
    expect(new Set(dynos.map((dyno) => dyno.id)).size).toBe(dynos.length)
  })

  it('runs no dyno before its first release of code', () => {
    const { platform } = testPlatform()
    expect(appDynos(platform, appNamed(platform, 'marketing-site-staging'))).toEqual([])
  })

  it("has the add-ons of its current release's plans, and their config vars", () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api')
    const plans = currentRelease(platform, app.id)!.addon_plan_names
    const addons = appAddons(platform, app)
    expect(addons.map((addon) => addon.plan.name)).toEqual(plans)
    expect(addons.find((addon) => addon.addon_service.name === 'heroku-postgresql')).toMatchObject({
      config_vars: ['DATABASE_URL'],
      state: 'provisioned',
    })
    expect(appAddons(platform, app)).toEqual(addons)
  })

  it('has the config vars a release had: its add-ons, and what the releases up to it set', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api-dev')
    const history = appReleases(platform, app.id)
    const setting = history.find((release) => release.description === 'Set LOG_LEVEL config vars')!
    const before = history.find((release) => release.version === setting.version - 1)!
    expect(configVarsAt(platform, app, before)).not.toHaveProperty('LOG_LEVEL')
    expect(configVarsAt(platform, app, setting)).toMatchObject({ LOG_LEVEL: 'info' })
    expect(configVarsAt(platform, app, history.at(-1)!)).toMatchObject({
      LOG_LEVEL: 'info',
      DATABASE_URL: expect.stringMatching(/^postgres:\/\//) as unknown,
    })
  })

  it('lists the release process, with no dynos, only for an app whose Procfile has one', () => {
    const { platform } = testPlatform()
    const withPhase = appNamed(platform, 'billing-api')
    expect(releaseProcess(platform, withPhase)).toMatchObject({
      type: 'release',
      quantity: 0,
      command: withPhase.releasePhase?.command,
    })
    expect(releaseProcess(platform, appNamed(platform, 'marketing-site'))).toBeNull()
  })
})

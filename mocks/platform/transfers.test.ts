import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { pipelineNamed, refusal, testPlatform } from '../test/support'
import { pipelineCouplings } from './pipelines'
import type { Platform } from './store'
import { transferPipeline } from './transfers'

const demo = () => {
  const { platform } = testPlatform()
  const person = (key: keyof typeof DEMO_KEYS) => platform.state.apiKeys[DEMO_KEYS[key]] ?? ''
  const northwind = Object.values(platform.state.teams).find((team) => team.name === 'northwind')!
  return {
    platform,
    northwind,
    ada: person('ada'),
    marcus: person('marcus'),
    priya: person('priya'),
  }
}

const transfer = (
  platform: Platform,
  pipeline: string,
  to: { id: string; type: 'team' | 'user' },
) =>
  transferPipeline(platform, {
    pipeline: { id: pipelineNamed(platform, pipeline).id },
    new_owner: to,
  })

const appsOf = (platform: Platform, pipeline: string) =>
  pipelineCouplings(platform, pipelineNamed(platform, pipeline).id).map(
    (coupling) => platform.state.apps[coupling.appId]!,
  )

describe('transferring a pipeline', () => {
  it('gives a personal pipeline and its apps to a team the caller belongs to', () => {
    const { platform, northwind, ada } = demo()
    const answer = transfer(platform, 'marketing-site', { id: northwind.id, type: 'team' })
    expect(answer).toEqual({
      pipeline: { id: pipelineNamed(platform, 'marketing-site').id },
      previous_owner: { id: ada, type: 'user' },
      new_owner: { id: northwind.id, type: 'team' },
    })
    expect(pipelineNamed(platform, 'marketing-site').owner).toEqual({
      id: northwind.id,
      type: 'team',
    })
    const apps = appsOf(platform, 'marketing-site')
    expect(apps.length).toBeGreaterThan(0)
    for (const app of apps) {
      expect(app.owner).toEqual({ id: northwind.id, email: 'northwind@herokumanager.com' })
      expect(app.team).toEqual({ id: northwind.id, name: 'northwind' })
    }
  })

  it("gives a team's pipeline and its apps to one of the team's members", () => {
    const { platform, marcus } = demo()
    transfer(platform, 'billing-api', { id: marcus, type: 'user' })
    expect(pipelineNamed(platform, 'billing-api').owner).toEqual({ id: marcus, type: 'user' })
    for (const app of appsOf(platform, 'billing-api')) {
      expect(app.owner).toEqual({ id: marcus, email: 'marcus@northwind.dev' })
      expect(app.team).toBeNull()
    }
  })

  it('refuses a legacy pipeline, the same owner, and a personal pipeline to a person, with 422', () => {
    const { platform, northwind, ada, marcus } = demo()
    const cases = [
      [() => transfer(platform, 'legacy-reports', { id: northwind.id, type: 'team' }), /legacy/],
      [
        () => transfer(platform, 'billing-api', { id: northwind.id, type: 'team' }),
        /already owned by northwind/,
      ],
      [
        () => transfer(platform, 'marketing-site', { id: marcus, type: 'user' }),
        /can be transferred to a team/,
      ],
    ] as const
    for (const [attempt, words] of cases) {
      const error = refusal(attempt)
      expect(error).toMatchObject({ status: 422, id: 'invalid_params' })
      expect(error.message).toMatch(words)
    }
    expect(pipelineNamed(platform, 'marketing-site').owner).toEqual({ id: ada, type: 'user' })
  })

  it('refuses a viewer, and a member who may not manage every app, changing nothing', () => {
    const { platform, marcus, priya } = demo()
    const before = structuredClone(appsOf(platform, 'billing-api'))

    const viewer = refusal(() =>
      platform.actingAs(priya, () =>
        transfer(platform, 'billing-api', { id: priya, type: 'user' }),
      ),
    )
    expect(viewer).toMatchObject({ status: 403, id: 'forbidden' })

    // Marcus may manage the development and staging apps, not production's.
    const member = refusal(() =>
      platform.actingAs(marcus, () =>
        transfer(platform, 'billing-api', { id: marcus, type: 'user' }),
      ),
    )
    expect(member).toMatchObject({ status: 403, id: 'forbidden' })
    expect(member.message).toMatch(/manage permission on billing-api(-eu)? to transfer it/)
    expect(appsOf(platform, 'billing-api')).toEqual(before)
    expect(pipelineNamed(platform, 'billing-api').owner?.type).toBe('team')
  })

  it('404s an unknown pipeline and an unknown new owner', () => {
    const { platform, northwind } = demo()
    expect(
      refusal(() =>
        transferPipeline(platform, {
          pipeline: { id: '00000000-0000-4000-8000-000000000999' },
          new_owner: { id: northwind.id, type: 'team' },
        }),
      ),
    ).toMatchObject({ status: 404 })
    expect(
      refusal(() =>
        transfer(platform, 'marketing-site', {
          id: '00000000-0000-4000-8000-000000000998',
          type: 'team',
        }),
      ),
    ).toMatchObject({ status: 404 })
  })
})

import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { appNamed, refusal, testPlatform } from '../test/support'
import { transferApp } from './app-transfers'
import type { Platform } from './store'

const as = (platform: Platform, key: string) => platform.state.apiKeys[key] ?? ''

describe('an app given to another owner', () => {
  it("goes to a team its caller belongs to: Marcus's storefront-dev joins northwind", () => {
    const { platform } = testPlatform()
    const app = transferApp(platform, 'storefront-dev', { owner: 'northwind' })
    expect(app.team?.name).toBe('northwind')
    expect(app.owner.email).toBe('northwind@herokumanager.com')
  })

  it('is refused to whoever may not manage it, and to a team the caller is not in', () => {
    const { platform } = testPlatform()
    const priya = as(platform, DEMO_KEYS.priya)
    expect(
      platform.actingAs(priya, () =>
        refusal(() => transferApp(platform, 'storefront-dev', { owner: 'northwind' })),
      ),
    ).toMatchObject({ status: 403 })
    expect(appNamed(platform, 'storefront-dev').team).toBeNull()
  })

  it("goes from a team to one of its members, but a person's app to another person needs consent", () => {
    const { platform } = testPlatform()
    const app = transferApp(platform, 'billing-api-dev', { owner: 'marcus@northwind.dev' })
    expect(app).toMatchObject({ team: null, owner: { email: 'marcus@northwind.dev' } })
    // Now Marcus's own: only he may give it away, and not to a person without their consent.
    const marcus = as(platform, DEMO_KEYS.marcus)
    const giveTo = (owner: string) =>
      platform.actingAs(marcus, () =>
        refusal(() => transferApp(platform, 'billing-api-dev', { owner })),
      )
    expect(giveTo('ada@northwind.dev').message).toBe(
      'billing-api-dev is a personal app: giving it to ada@northwind.dev needs their consent. Start the transfer with heroku apps:transfer ada@northwind.dev -a billing-api-dev.',
    )
    expect(giveTo('nobody@example.com').status).toBe(404)
  })
})

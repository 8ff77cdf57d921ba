/** Over HTTP: whose key a request carries decides who it is and what it may do. */
import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { api, body, useMockServer } from './heroku-client'
import { schemaProblems } from './schema'

const { backend, appId } = useMockServer()
const as = (key: keyof typeof DEMO_KEYS) => ({ Authorization: `Bearer ${DEMO_KEYS[key]}` })

const couplingOf = (app: string) =>
  Object.values(backend.platform.state.couplings).find((c) => c.appId === appId(app))?.id ?? ''

describe('the caller is the owner of the key', () => {
  it('answers /account and the team role for the key, and for the account without one', async () => {
    const me = async (headers?: Record<string, string>) =>
      (await body<{ email: string }>(await api('/account', { headers }))).email
    expect(await me(as('priya'))).toBe('priya@northwind.dev')
    expect(await me()).toBe('ada@northwind.dev')
    const role = async (key: keyof typeof DEMO_KEYS) =>
      (await body<{ role: string }>(await api('/teams/northwind', { headers: as(key) }))).role
    expect([await role('ada'), await role('marcus'), await role('priya')]).toEqual([
      'admin',
      'member',
      'viewer',
    ])
  })

  it('takes the key as the password of HTTP Basic too, as `curl -n` sends it', async () => {
    const basic = { Authorization: `Basic ${btoa(`:${DEMO_KEYS.marcus}`)}` }
    const me = await body<{ email: string }>(await api('/account', { headers: basic }))
    expect(me.email).toBe('marcus@northwind.dev')
  })

  it('tells a member what they may do on one app, and a stranger that they have no access', async () => {
    const access = await api('/teams/apps/billing-api/collaborators/marcus@northwind.dev')
    const marcus = await body<{ permissions: { name: string }[]; role: string }>(access)
    expect(marcus.permissions.map((p) => p.name)).toEqual(['view'])
    expect(marcus.role).toBe('member')
    const stranger = await api('/apps/marketing-site/collaborators/priya@northwind.dev')
    expect(stranger.status).toBe(404)
  })
})

describe('a change the caller may not make', () => {
  it("is refused 403 forbidden in Heroku's error shape, and changes nothing", async () => {
    const id = couplingOf('billing-api-dev')
    const response = await api(`/pipeline-couplings/${id}`, {
      method: 'PATCH',
      body: { stage: 'staging' },
      headers: as('priya'),
    })
    expect(response.status).toBe(403)
    const error = await body(response)
    expect(error).toEqual({
      id: 'forbidden',
      message: 'You need the manage permission on billing-api-dev to do that.',
    })
    expect(schemaProblems('x-error', error)).toEqual([])
    expect(backend.platform.state.couplings[id]?.stage).toBe('development')
  })

  it('goes through for someone who may make it', async () => {
    const id = couplingOf('billing-api-dev')
    const response = await api(`/pipeline-couplings/${id}`, {
      method: 'PATCH',
      body: { stage: 'staging' },
      headers: as('marcus'),
    })
    expect(response.status).toBe(200)
  })

  it('records a promotion by a member as theirs, with their name on its releases', async () => {
    const response = await api('/pipeline-promotions', {
      method: 'POST',
      headers: as('marcus'),
      body: {
        pipeline: {
          id: backend.platform.state.couplings[couplingOf('billing-api-dev')]?.pipelineId,
        },
        source: { app: { id: appId('billing-api-dev') } },
        targets: [{ app: { id: appId('billing-api-staging') } }],
      },
    })
    expect(response.status).toBe(201)
    const promotion = await body<{ id: string }>(response)
    expect(backend.platform.state.promotions[promotion.id]?.userId).toBe(
      backend.platform.state.apiKeys[DEMO_KEYS.marcus],
    )
  })
})

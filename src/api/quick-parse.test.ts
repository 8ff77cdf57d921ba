import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { appSchema } from './apps'
import { couplingSchema } from './couplings'
import { quickParse } from './quick-parse'
import { releaseListSchema } from './release-schema'

const release = {
  id: 'r-1',
  version: 23,
  status: 'succeeded',
  current: true,
  description: 'Deploy 84fd456',
  created_at: '2026-11-20T10:00:00Z',
  app: { id: 'a-1', name: 'fleet-prod-001', extra: 'dropped' },
  slug: { id: 's-1' },
  user: { id: 'u-1', email: 'ada@example.com' },
  eligible_for_rollback: false,
  // Heroku sends more than the board reads: Zod drops it, and so must the quick path.
  addon_plan_names: ['heroku-postgresql:essential-0'],
  output_stream_url: null,
}

describe('quickParse', () => {
  it("gives what Zod gives for the board's lists, unknown keys dropped", () => {
    const list = [release, { ...release, id: 'r-2', slug: null, status: 'failed' }]
    const quick = quickParse(releaseListSchema, list)
    expect(quick?.data).toEqual(releaseListSchema.parse(list))
    expect(quick?.data[0]).not.toHaveProperty('addon_plan_names')
    expect(quick?.data[0]?.app).not.toHaveProperty('extra')

    const coupling = {
      id: 'c-1',
      stage: 'staging',
      app: { id: 'a-1' },
      pipeline: { id: 'p-1' },
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
    }
    const couplings = z.array(couplingSchema)
    expect(quickParse(couplings, [coupling])?.data).toEqual(couplings.parse([coupling]))
  })

  it('gives back an object that has nothing to drop as it is, and copies one that has', () => {
    const exact = { ...release, app: { id: 'a-1', name: 'fleet-prod-001' } }
    delete (exact as Partial<typeof exact>).addon_plan_names
    const [whole] = quickParse(releaseListSchema, [exact])?.data ?? []
    expect(whole).toBe(exact)

    const list = [exact, exact]
    expect(quickParse(releaseListSchema, list)?.data).toBe(list)

    // An unknown key, however deep, makes a copy of what holds it: the input is left as it was.
    const [copied] = quickParse(releaseListSchema, [release])?.data ?? []
    expect(copied).not.toBe(release)
    expect(copied?.app).not.toBe(release.app)
    expect(copied?.app).toEqual({ id: 'a-1', name: 'fleet-prod-001' })
    expect(copied?.user).toBe(release.user)
    expect(release.app).toHaveProperty('extra', 'dropped')

    // An absent optional key leaves nothing to drop either.
    const schema = z.object({ id: z.string(), team: z.optional(z.string()) })
    const bare = { id: 'a-1' }
    expect(quickParse(schema, bare)?.data).toBe(bare)
  })

  it('leaves an absent optional key out, as Zod does, and keeps a present one', () => {
    const app = {
      id: 'a-1',
      name: 'fleet-prod-001',
      maintenance: false,
      released_at: null,
      web_url: null,
      owner: null,
      region: { name: 'us' },
    }
    expect(quickParse(appSchema, app)?.data).toEqual(appSchema.parse(app))
    expect(quickParse(appSchema, app)?.data).not.toHaveProperty('team')
    const inTeam = { ...app, team: { name: 'acme', id: 't-1' } }
    expect(quickParse(appSchema, inTeam)?.data).toEqual(appSchema.parse(inTeam))
  })

  it.each([
    ['a field of the wrong type', { ...release, version: '23' }],
    ['a missing field', { ...release, id: undefined }],
    ['null where null is not allowed', { ...release, user: null }],
    ['a value outside an enum', { ...release, status: 'deploying' }],
    ['a number JSON cannot carry', { ...release, version: Number.POSITIVE_INFINITY }],
    ['a list item that is not an object', 'release'],
  ])('leaves %s to Zod, which refuses it', (_, item) => {
    expect(quickParse(releaseListSchema, [release, item])).toBeUndefined()
    expect(releaseListSchema.safeParse([release, item]).success).toBe(false)
  })

  it('leaves schemas with refinements or formats to Zod', () => {
    expect(quickParse(z.email(), 'ada@example.com')).toBeUndefined()
    expect(quickParse(z.string().check(z.minLength(2)), 'ab')).toBeUndefined()
    expect(quickParse(z.looseObject({ id: z.string() }), { id: 'x' })).toBeUndefined()
  })

  it('never accepts what Zod refuses, and agrees with it on what both accept', () => {
    // Values near a valid release: one field at a time replaced by something of another kind.
    const oddities = [null, undefined, 0, 1.5, Number.NaN, '', 'x', true, [], {}, [release]]
    let seed = 7
    const next = () => {
      seed = (seed * 48_271) % 2_147_483_647
      return seed
    }
    const paths = [
      ['id'],
      ['version'],
      ['status'],
      ['current'],
      ['app'],
      ['app', 'name'],
      ['slug'],
      ['slug', 'id'],
      ['user', 'email'],
      ['eligible_for_rollback'],
    ]
    for (let round = 0; round < 500; round += 1) {
      const value = structuredClone(release) as Record<string, unknown>
      const path = paths[next() % paths.length] ?? []
      const parent = path.slice(0, -1).reduce<Record<string, unknown> | null>((at, key) => {
        const inner = at?.[key]
        return typeof inner === 'object' && inner !== null
          ? (inner as Record<string, unknown>)
          : null
      }, value)
      const key = path.at(-1) ?? 'id'
      if (parent) parent[key] = oddities[next() % oddities.length]
      const zod = releaseListSchema.safeParse([value])
      const quick = quickParse(releaseListSchema, [value])
      if (zod.success) expect(quick?.data ?? zod.data).toEqual(zod.data)
      else expect(quick, JSON.stringify(value)).toBeUndefined()
    }
  })
})

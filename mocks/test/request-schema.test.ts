import { describe, expect, it } from 'vitest'
import { createRequestChecker } from '../request-schema'

const check = createRequestChecker()
const ID = '01234567-89ab-cdef-0123-456789abcdef'

describe('the request checker', () => {
  it('lets through what a link of the schema declares', () => {
    expect(check('GET', `/pipelines/${ID}/pipeline-couplings`, undefined)).toBeNull()
    expect(check('GET', '/users/~/pipeline-couplings', {})).toBeNull()
    expect(check('PATCH', `/pipeline-couplings/${ID}`, { stage: 'production' })).toBeNull()
    expect(
      check('POST', '/pipeline-promotions', {
        pipeline: { id: ID },
        source: { app: { id: ID } },
        targets: [{ app: { id: ID } }],
      }),
    ).toBeNull()
    // One href, two bodies: a slug released, or a rollback.
    expect(check('POST', '/apps/billing-api/releases', { release: ID })).toBeNull()
    expect(check('POST', '/apps/billing-api/releases', { slug: ID })).toBeNull()
  })

  it('answers 404 in Heroku words to a path or a method no link declares', () => {
    for (const [method, path] of [
      ['GET', '/pipeline-promotions'],
      ['DELETE', '/pipeline-promotions/abc'],
      ['GET', `/pipelines/${ID}/apps`],
    ] as const) {
      const refusal = check(method, path, undefined)
      expect(refusal).toMatchObject({ status: 404, id: 'not_found' })
      expect(refusal?.message).toMatch(/^The requested API endpoint was not found/)
    }
  })

  it('answers 422 invalid_params to a body its link refuses, naming the property', () => {
    const refusal = check('PATCH', `/pipeline-couplings/${ID}`, { stage: 'qa' })
    expect(refusal).toMatchObject({ status: 422, id: 'invalid_params' })
    expect(refusal?.message).toMatch(/^#\/stage: failed schema: /)
    expect(check('POST', '/pipeline-couplings', { app: ID })).toMatchObject({ status: 422 })
  })
})

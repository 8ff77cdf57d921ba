import { describe, expect, it } from 'vitest'
import {
  lockInto,
  lockKey,
  lockReasonProblem,
  lockSentence,
  lockValue,
  parseLocks,
  type Lock,
} from './locks'
import { judgeMove } from './moves'

const NOW = Date.parse('2026-12-05T07:00:00Z')
const production: Lock = {
  scope: 'production',
  reason: 'incident #231, no deploys to production',
  by: 'ada@northwind.dev',
  at: '2026-12-05T06:55:00Z',
}

describe('locks kept in config vars', () => {
  it('read back what was written, one var per scope, beside vars of other uses', () => {
    const vars = {
      DATABASE_URL: 'postgres://ci/test',
      [lockKey('production')]: lockValue(production),
    }
    expect(lockKey('production')).toBe('STAGEBOARD_LOCK_PRODUCTION')
    expect(parseLocks(vars)).toEqual({ production })
  })

  it('still lock when a var was edited by hand into something else', () => {
    expect(parseLocks({ STAGEBOARD_LOCK_PIPELINE: 'deploy freeze' })).toEqual({
      pipeline: { scope: 'pipeline', reason: 'deploy freeze', by: 'someone', at: '' },
    })
  })
})

describe('what a lock stops', () => {
  it('stops code reaching its stage, and the pipeline lock stops every stage', () => {
    expect(lockInto({ production }, 'production')).toBe(production)
    expect(lockInto({ production }, 'staging')).toBeNull()
    const pipeline = { ...production, scope: 'pipeline' as const }
    expect(lockInto({ pipeline, production }, 'staging')).toBe(pipeline)
  })

  it('refuses a move into a locked stage, saying who locked it, when and why', () => {
    const verdict = judgeMove('staging', 'production', { production })
    expect(verdict.kind).toBe('refused')
    expect(verdict.kind === 'refused' && verdict.reason).toMatch(
      /^Production is locked by ada@northwind\.dev .+: incident #231, no deploys to production\.$/,
    )
    expect(lockSentence(production, NOW)).toBe(
      'Production is locked by ada@northwind.dev 5 minutes ago: incident #231, no deploys to production.',
    )
    expect(judgeMove('production', 'staging', { production }).kind).toBe('allowed')
  })

  it('asks for a reason, and a short one', () => {
    expect(lockReasonProblem('  ')).toBe('Say why: the people it stops will read it.')
    expect(lockReasonProblem('x'.repeat(201))).toBe('Keep it to 200 characters.')
    expect(lockReasonProblem('incident #231')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { checkGithubTokenFormat } from './github-token-format'

describe('checkGithubTokenFormat', () => {
  it.each([
    'ghp_0123456789abcdefghijABCDEFGHIJ012345',
    'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
    'gho_StageboardDemoLinkedToken0000000000',
    '0123456789abcdef0123456789abcdef01234567',
  ])('takes %s', (token) => {
    expect(checkGithubTokenFormat(`  ${token}\n`)).toEqual({ ok: true, token })
  })

  it.each([
    ['', 'Paste a GitHub token.'],
    ['token ghp_0123456789abcdefghijABCDEFGHIJ012345', 'without "token" or "Bearer"'],
    ['Bearer ghp_0123456789abcdefghijABCDEFGHIJ012345', 'without "token" or "Bearer"'],
    ['ghp_0123456789 abcdefghij', 'no spaces or line breaks'],
    ['01234567-89ab-cdef-0123-456789abcdef', 'does not look like a GitHub token'],
    ['ghp_short', 'does not look like a GitHub token'],
  ])('refuses %j, saying why', (raw, reason) => {
    const result = checkGithubTokenFormat(raw)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })
})

import { describe, expect, it } from 'vitest'
import { normalizeTwoFactorCode, twoFactorCodeProblem } from './two-factor-code'

describe('twoFactorCodeProblem', () => {
  it('takes six digits, with the spaces people type between groups', () => {
    expect(twoFactorCodeProblem('123456')).toBeNull()
    expect(twoFactorCodeProblem(' 123 456 ')).toBeNull()
    expect(normalizeTwoFactorCode(' 123 456 ')).toBe('123456')
  })

  it('takes a recovery code', () => {
    expect(twoFactorCodeProblem('a1b2c3d4e5f6')).toBeNull()
    expect(normalizeTwoFactorCode('a1b2-c3d4')).toBe('a1b2c3d4')
  })

  it('names what is wrong before anything is sent', () => {
    expect(twoFactorCodeProblem('')).toBe('Enter the code from your authenticator app.')
    expect(twoFactorCodeProblem('12345')).toBe('An authenticator code has 6 digits.')
    expect(twoFactorCodeProblem('1234567')).toBe('An authenticator code has 6 digits.')
    expect(twoFactorCodeProblem('12a!')).toMatch(/6-digit code .* or a recovery code/)
  })
})

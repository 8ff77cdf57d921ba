import { describe, expect, it } from 'vitest'
import { checkKeyFormat } from './key-format'

const KEY = '01234567-89ab-cdef-0123-456789abcdef'

describe('checkKeyFormat', () => {
  it.each([
    ['', 'Paste your Heroku API key.'],
    ['   ', 'Paste your Heroku API key.'],
    [`Bearer ${KEY}`, 'Paste the key alone, without "Bearer".'],
    ['0123 4567', 'An API key has no spaces or line breaks.'],
    ['my-password', 'This does not look like a Heroku API key'],
  ])('refuses %j before any request', (raw, reason) => {
    const checked = checkKeyFormat(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toContain(reason)
  })

  it('takes a UUID key or an HRKU- key, without the spaces pasted around it', () => {
    expect(checkKeyFormat(` ${KEY}\n`)).toEqual({ ok: true, token: KEY })
    expect(checkKeyFormat('HRKU-AAbbCC_dd-0123456789')).toEqual({
      ok: true,
      token: 'HRKU-AAbbCC_dd-0123456789',
    })
  })
})

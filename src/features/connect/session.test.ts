import { describe, expect, it } from 'vitest'
import { createSession } from './session'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

function newSession() {
  const device = memoryStorage()
  const tab = memoryStorage()
  return { device, tab, session: createSession({ device, tab }) }
}

const KEY = '01234567-89ab-cdef-0123-456789abcdef'

describe('session', () => {
  it('starts on the demo, and remembers a switch to Heroku on the device', () => {
    const { session, device } = newSession()
    expect(session.backend()).toBe('demo')
    session.useBackend('heroku')
    expect(session.backend()).toBe('heroku')
    expect(createSession({ device, tab: memoryStorage() }).backend()).toBe('heroku')
    session.useBackend('demo')
    expect(session.backend()).toBe('demo')
  })

  it('keeps a key for the tab only, unless asked to remember it on the device', () => {
    const { session, device, tab } = newSession()
    expect(session.key()).toBeNull()

    session.keepKey(KEY, false)
    expect(session.key()).toEqual({ token: KEY, remembered: false })
    expect(device.items.size).toBe(0)
    // Another tab of the same browser does not see it.
    expect(createSession({ device, tab: memoryStorage() }).key()).toBeNull()

    session.keepKey('HRKU-another-key-0123456789', true)
    expect(tab.items.size).toBe(0)
    expect(createSession({ device, tab: memoryStorage() }).key()).toEqual({
      token: 'HRKU-another-key-0123456789',
      remembered: true,
    })
  })

  it('forgets the key in the tab and on the device', () => {
    const { session, device, tab } = newSession()
    tab.setItem('stageboard:heroku-token', KEY)
    device.setItem('stageboard:heroku-token', KEY)
    session.forgetKey()
    expect(session.key()).toBeNull()
    expect(tab.items.size + device.items.size).toBe(0)
  })

  it('keeps a GitHub token where the Heroku key is, and forgets it with the key', () => {
    const GITHUB = 'github_pat_11AAAAAAA0abcdefghijklmnopqrstuvwxyz'
    const { session, device, tab } = newSession()
    session.keepKey(KEY, false)
    session.keepGithubToken(GITHUB)
    expect(tab.items.get('stageboard:github-token')).toBe(GITHUB)
    expect(device.items.has('stageboard:github-token')).toBe(false)

    session.keepKey(KEY, true)
    session.keepGithubToken(GITHUB)
    expect(device.items.get('stageboard:github-token')).toBe(GITHUB)
    expect(session.githubToken()).toBe(GITHUB)

    session.keepGithubToken(null)
    expect(session.githubToken()).toBeNull()
    session.keepGithubToken(GITHUB)
    session.forgetKey()
    expect(session.githubToken()).toBeNull()
    expect([...device.items.keys(), ...tab.items.keys()]).toEqual([])
  })

  it('survives storage that refuses (private browsing), saying the key was not kept', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {
        throw new Error('SecurityError')
      },
    }
    const session = createSession({ device: refusing, tab: refusing })
    expect(session.backend()).toBe('demo')
    expect(session.key()).toBeNull()
    expect(session.keepKey(KEY, false)).toBe(false)
  })
})

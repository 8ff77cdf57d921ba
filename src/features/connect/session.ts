/**
 * Which backend this tab talks to, and the Heroku API key it talks with.
 *
 * The demo is the default. A person who connects their account switches this device to Heroku
 * (remembered in localStorage, so a new tab opens on their account too); the key itself is kept
 * for the tab (sessionStorage) unless they ask to be remembered on this device (localStorage).
 * The key never goes into a URL, a log or the query cache.
 */

export type BackendKind = 'demo' | 'heroku'

/** The browser storages a session lives in: injected, so tests need no real browser. */
export interface SessionStorages {
  device: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  tab: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
}

const BACKEND_KEY = 'stageboard:backend'
const TOKEN_KEY = 'stageboard:heroku-token'
const GITHUB_TOKEN_KEY = 'stageboard:github-token'

export interface StoredKey {
  token: string
  /** kept on this device (every tab, after the browser closes), not only in this tab */
  remembered: boolean
}

/** Reads and writes the session; every method tolerates a storage that throws (private modes). */
export function createSession(storages: SessionStorages) {
  const read = (storage: SessionStorages['tab'], key: string) => {
    try {
      return storage.getItem(key)
    } catch {
      return null
    }
  }
  const attempt = (action: () => void) => {
    try {
      action()
      return true
    } catch {
      return false
    }
  }

  return {
    backend(): BackendKind {
      return read(storages.device, BACKEND_KEY) === 'heroku' ? 'heroku' : 'demo'
    },
    /** The next load talks to `kind`; the key, if any, is kept for a later switch back. */
    useBackend(kind: BackendKind) {
      attempt(() =>
        kind === 'heroku'
          ? storages.device.setItem(BACKEND_KEY, 'heroku')
          : storages.device.removeItem(BACKEND_KEY),
      )
    },
    /** The tab's own key first: a tab signed in apart from the remembered one keeps its own. */
    key(): StoredKey | null {
      const inTab = read(storages.tab, TOKEN_KEY)
      if (inTab) return { token: inTab, remembered: false }
      const onDevice = read(storages.device, TOKEN_KEY)
      return onDevice ? { token: onDevice, remembered: true } : null
    },
    /**
     * Keeps a key that Heroku accepted. Returns false when the browser refused to store it (the
     * tab still works with it until it is closed).
     */
    keepKey(token: string, remember: boolean): boolean {
      this.forgetKey()
      return attempt(() =>
        remember
          ? storages.device.setItem(TOKEN_KEY, token)
          : storages.tab.setItem(TOKEN_KEY, token),
      )
    },
    /** Forgets the key, and any GitHub token given with it, in this tab and on this device. */
    forgetKey() {
      for (const key of [TOKEN_KEY, GITHUB_TOKEN_KEY]) {
        attempt(() => storages.tab.removeItem(key))
        attempt(() => storages.device.removeItem(key))
      }
    },
    /** A GitHub token the person gave for drift, kept where their Heroku key is kept. */
    githubToken(): string | null {
      return read(storages.tab, GITHUB_TOKEN_KEY) ?? read(storages.device, GITHUB_TOKEN_KEY)
    },
    /** Keeps (or, with null, forgets) the GitHub token beside the Heroku key. */
    keepGithubToken(token: string | null) {
      attempt(() => storages.tab.removeItem(GITHUB_TOKEN_KEY))
      attempt(() => storages.device.removeItem(GITHUB_TOKEN_KEY))
      if (token === null) return
      const place = this.key()?.remembered ? storages.device : storages.tab
      attempt(() => place.setItem(GITHUB_TOKEN_KEY, token))
    },
  }
}

export type Session = ReturnType<typeof createSession>

/** The session of this browser tab. */
export const browserSession = () =>
  createSession({ device: window.localStorage, tab: window.sessionStorage })

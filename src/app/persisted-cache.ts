import {
  dehydrate,
  hydrate,
  type DehydratedState,
  type Query,
  type QueryClient,
} from '@tanstack/react-query'
import { createStore, del, get, set, type UseStore } from 'idb-keyval'

/**
 * Answers worth keeping across reloads, in IndexedDB: slugs, GitHub compares and other answers
 * that never change (or change rarely), so reopening a board asks only for what moves. A query
 * opts in with `meta: { persist: true }`; its own `staleTime` still decides when it is asked
 * again. IndexedDB rather than localStorage: a 2,000-app pipeline's apps alone are 1 MB, and
 * writing them must not hold up the page.
 */

/** Bumped whenever a persisted answer's shape changes: older copies are then dropped unread. */
const CACHE_VERSION = 2
/** What is older than this is not restored: a week away, a board is read afresh. */
const MAX_AGE_MS = 7 * 24 * 60 * 60_000
/** Writes are gathered: a board's first seconds settle hundreds of queries. */
const WRITE_DELAY_MS = 1000

interface Stored {
  version: number
  savedAt: number
  state: DehydratedState
}

let store: UseStore | undefined
// One database of its own, created on first use (never in tests without IndexedDB).
const database = () => (store ??= createStore('stageboard', 'query-cache'))

const keyOf = (namespace: string) => `queries:${namespace}`

/**
 * Whose answers these are: each demo scenario, and each person the demo acts as, keeps its own,
 * apart from Heroku's (kept only for a remembered key, and forgotten with it).
 */
export const cacheNamespace = (demo: { scenario: string; account?: string | null } | null) =>
  demo ? `demo:${demo.scenario}${demo.account ? `:${demo.account}` : ''}` : 'heroku'

const worthKeeping = (query: Query) =>
  query.meta?.persist === true && query.state.status === 'success'

/** How long the first render waits for IndexedDB: a stuck database must not leave a blank page. */
const RESTORE_TIMEOUT_MS = 1000

/** Puts back what an earlier visit kept for this namespace (a demo scenario, Heroku). */
export async function restoreQueryCache(client: QueryClient, namespace: string, now = Date.now()) {
  try {
    const stored = await Promise.race([
      get<Stored>(keyOf(namespace), database()),
      new Promise<undefined>((resolve) => setTimeout(resolve, RESTORE_TIMEOUT_MS)),
    ])
    if (!stored) return
    if (stored.version !== CACHE_VERSION || now - stored.savedAt > MAX_AGE_MS) {
      await del(keyOf(namespace), database())
      return
    }
    hydrate(client, stored.state)
  } catch (error) {
    // A cache that cannot be read is a cache that is empty: the board asks the API instead.
    console.warn('Stageboard could not read its saved answers:', error)
  }
}

/** Keeps what is worth keeping as answers come in; returns a function that stops it. */
export function persistQueryCache(client: QueryClient, namespace: string) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const write = () => {
    timer = undefined
    const stored: Stored = {
      version: CACHE_VERSION,
      savedAt: Date.now(),
      // Mutations are never kept: one paused offline would come back without its function.
      state: dehydrate(client, {
        shouldDehydrateQuery: worthKeeping,
        shouldDehydrateMutation: () => false,
      }),
    }
    set(keyOf(namespace), stored, database()).catch((error: unknown) => {
      // Storage full or refused: the next visit asks the API, which is what it would do anyway.
      console.warn('Stageboard could not save its answers:', error)
    })
  }
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return
    if (event.query.meta?.persist !== true) return
    timer ??= setTimeout(write, WRITE_DELAY_MS)
  })
  // Leaving the page writes what is pending.
  const flush = () => {
    if (timer === undefined) return
    clearTimeout(timer)
    write()
  }
  addEventListener('pagehide', flush)
  return () => {
    unsubscribe()
    removeEventListener('pagehide', flush)
    if (timer !== undefined) clearTimeout(timer)
  }
}

/** Forgets what was kept for a namespace: its data was reset. */
export async function forgetQueryCache(namespace: string) {
  await del(keyOf(namespace), database())
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** kept across reloads (see src/app/persisted-cache.ts) */
      persist?: boolean
    }
  }
}

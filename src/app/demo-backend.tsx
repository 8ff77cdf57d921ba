import { createContext, use } from 'react'
import type { Push, PushReport } from '@/lib/pushes'

/** What the UI may ask of the demo backend; absent when Stageboard talks to the real API. */
export interface DemoBackend {
  /** the demo data this page runs on, and the others it can switch to */
  scenario: string
  scenarios: { name: string; label: string; persisted: boolean }[]
  switchScenario(name: string): void
  /** the demo's people: acting as one, the dashboard may do what they may */
  accounts(): { key: string; name: string; email: string; roles: string }[]
  /** the key this page sends, or null for the demo's own account */
  account: string | null
  /** reloads the dashboard acting as the person with this key */
  switchAccount(key: string): void
  /** resolves once every tab's next request sees the scenario's start */
  reset(): Promise<void>
  /** what the person must hear about their demo data: it could not be read, or saved */
  notices?: DemoNoticeStore
  /**
   * A commit pushed to one of the demo's GitHub repositories, as the person acting: Heroku
   * reacts as it would (CI, deploys from GitHub, review apps). Rejects with the reason, in
   * words, when the push is refused (a name Git would not take, a second pull request).
   */
  simulatePush(push: Push): Promise<PushReport>
}

/** Read by `useSyncExternalStore`: both are called detached from the store. */
export interface DemoNoticeStore {
  current: () => readonly { id: string; message: string }[]
  subscribe: (listener: () => void) => () => void
  dismiss(id: string): void
}

export const DemoBackendContext = createContext<DemoBackend | null>(null)

export const useDemoBackend = () => use(DemoBackendContext)

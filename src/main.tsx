import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { setGithubToken, setHerokuToken } from './api/client'
import { App, type HerokuSetup } from './app/app'
import type { DemoBackend } from './app/demo-backend'
import {
  cacheNamespace,
  forgetQueryCache,
  persistQueryCache,
  restoreQueryCache,
} from './app/persisted-cache'
import { createQueryClient } from './app/query-client'
import { listenForShortcuts } from './app/shortcut-listener'
import { browserSession, type BackendKind } from './features/connect/session'
import { startTheme } from './lib/theme'
import './index.css'

startTheme()

declare global {
  interface Window {
    /**
     * Tests only: on the Heroku backend, the mock plays api.heroku.com strictly (401 without one
     * of these keys), instead of the network. Set by Playwright with an init script.
     */
    __STAGEBOARD_SANDBOX__?: { apiKeys: string[] }
  }
}

const session = browserSession()
// A build without the demo always talks to Heroku; otherwise the person chooses (demo first).
const backend: BackendKind = __DEMO_BACKEND__ ? session.backend() : 'heroku'

/**
 * The mock, when this page runs on it: the demo, or a test's sandbox playing Heroku strictly. It
 * must answer before the first request, so it starts before the first render; otherwise its code
 * is never loaded.
 */
async function startMock() {
  const sandbox = window.__STAGEBOARD_SANDBOX__
  if (!__DEMO_BACKEND__ || (backend === 'heroku' && !sandbox)) return null
  const { startDemoBackend } = await import('../mocks/browser')
  return startDemoBackend({ apiKeys: backend === 'heroku' ? sandbox?.apiKeys : undefined })
}

/**
 * On Heroku, the demo's service worker must not stand between the page and the API: it is
 * unregistered (it would pass requests through, but each at a cost).
 */
async function leaveTheDemo() {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? []
  for (const registration of registrations) {
    if (registration.active?.scriptURL.endsWith('/mockServiceWorker.js'))
      await registration.unregister()
  }
}

const switchTo = __DEMO_BACKEND__
  ? (kind: BackendKind) => {
      session.useBackend(kind)
      window.location.assign('/')
    }
  : undefined

/** Answers kept from an earlier visit are put back before the first render asks for them. */
async function start() {
  const mock = await startMock()
  // The sandbox's mock plays Heroku: the pages see no demo.
  const demo: DemoBackend | null = backend === 'demo' ? mock : null
  // In the demo, who the dashboard acts as is the key it sends, as on Heroku.
  if (demo) setHerokuToken(demo.account)
  if (backend === 'heroku') {
    if (!mock) await leaveTheDemo()
    setHerokuToken(session.key()?.token ?? null)
    setGithubToken(session.githubToken())
  }
  const namespace = cacheNamespace(demo)
  // Tabs tell each other which answers went stale, never the answers: tabs acting as different
  // people of one demo still hear each other's changes, and each asks the API as itself.
  const queryClient = createQueryClient({
    sharedWithTabs: cacheNamespace(demo && { scenario: demo.scenario }),
  })
  // A real account's answers are kept on the device only when its key is.
  const keepsAnswers = demo !== null || session.key()?.remembered === true
  let stopKeeping = () => {}
  if (keepsAnswers) {
    await restoreQueryCache(queryClient, namespace)
    stopKeeping = persistQueryCache(queryClient, namespace)
  } else {
    // Left by a remembered session another tab did not end: not this tab's to read.
    forgetQueryCache(namespace).catch(() => {})
  }
  const heroku: HerokuSetup | null =
    backend === 'heroku'
      ? {
          session,
          forgetKeptAnswers: () => {
            stopKeeping()
            forgetQueryCache(namespace).catch(() => {})
          },
        }
      : null
  return { demo, queryClient, heroku }
}

const root = createRoot(document.getElementById('root') as HTMLElement)
start()
  .then(({ demo, queryClient, heroku }) => {
    listenForShortcuts(queryClient)
    root.render(
      <StrictMode>
        <App demo={demo} queryClient={queryClient} heroku={heroku} switchTo={switchTo} />
      </StrictMode>,
    )
  })
  .catch((error: unknown) => {
    root.render(
      <p role="alert" style={{ padding: 24, fontFamily: 'sans-serif' }}>
        The demo backend could not start: {error instanceof Error ? error.message : String(error)}.
        Service workers need http://localhost or https.
      </p>,
    )
  })

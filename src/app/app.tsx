import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { RouterProvider } from 'react-router'
import { HerokuGate } from '@/features/connect/heroku-gate'
import { ConnectionContext, type Connection } from '@/features/connect/connection'
import type { DemoBackend } from './demo-backend'
import { Providers } from './providers'
import { preloadOnIntent } from './preload-on-intent'
import { createRouter, routerFlushSync } from './router'
import type { Session } from '@/features/connect/session'

/** What the dashboard needs to talk to a real Heroku account. */
export interface HerokuSetup {
  session: Session
  forgetKeptAnswers: () => void
}

interface AppProps {
  demo: DemoBackend | null
  queryClient: QueryClient
  /** set on the Heroku backend: the pages wait behind Connect until a key is kept */
  heroku?: HerokuSetup | null
  switchTo?: Connection['switchTo']
}

export function App({ demo, queryClient, heroku = null, switchTo }: AppProps) {
  return (
    <Providers queryClient={queryClient} demo={demo}>
      {heroku ? (
        <HerokuGate
          session={heroku.session}
          forgetKeptAnswers={heroku.forgetKeptAnswers}
          switchTo={switchTo}
        >
          <Pages queryClient={queryClient} />
        </HerokuGate>
      ) : (
        <ConnectionContext value={{ switchTo }}>
          <Pages queryClient={queryClient} />
        </ConnectionContext>
      )}
    </Providers>
  )
}

/**
 * The router, created when the pages first show: creating it runs the first page's loaders, whose
 * requests must wait for a key on Heroku.
 */
function Pages({ queryClient }: { queryClient: QueryClient }) {
  const [{ router, routes }] = useState(() => createRouter(queryClient))
  useEffect(() => preloadOnIntent(routes), [routes])
  return <RouterProvider router={router} flushSync={routerFlushSync} />
}

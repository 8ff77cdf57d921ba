import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import type { DemoBackend } from './app/demo-backend'
import { cacheNamespace, persistQueryCache, restoreQueryCache } from './app/persisted-cache'
import { createQueryClient } from './app/query-client'
import './index.css'

/** The demo backend must answer before the first request, so it starts before the first render. */
async function startDemoBackend(): Promise<DemoBackend | null> {
  if (!__DEMO_BACKEND__) return null
  const { startDemoBackend } = await import('../mocks/browser')
  return startDemoBackend()
}

/** Answers kept from an earlier visit are put back before the first render asks for them. */
async function start() {
  const demo = await startDemoBackend()
  const queryClient = createQueryClient()
  const namespace = cacheNamespace(demo)
  await restoreQueryCache(queryClient, namespace)
  persistQueryCache(queryClient, namespace)
  return { demo, queryClient }
}

const root = createRoot(document.getElementById('root') as HTMLElement)
start()
  .then(({ demo, queryClient }) => {
    root.render(
      <StrictMode>
        <App demo={demo} queryClient={queryClient} />
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

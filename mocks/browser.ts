/** The demo backend in the browser: MSW's service worker answering with the mocked API. */
import { setupWorker } from 'msw/browser'
import { createBackend, type MockBackend } from './backend'
import type { Fault } from './faults'
import { createHandlers } from './handlers/all'
import { browserStorage } from './platform/persistence'

export interface DemoBackendControls {
  /** Back to the demo scenario, forgetting every change. */
  reset(): void
  /** Make upcoming requests fail or slow down (see Fault). */
  injectFault(fault: Fault): void
  backend: MockBackend
}

declare global {
  interface Window {
    /** Faults to install before the first request (Playwright sets it with an init script). */
    __STAGEBOARD_FAULTS__?: Fault[]
    /** The running demo backend, for tests and the curious, from the devtools console. */
    stageboardDemo?: DemoBackendControls
  }
}

export async function startDemoBackend(): Promise<DemoBackendControls> {
  const backend = createBackend({ storage: browserStorage(window.localStorage) })
  for (const fault of window.__STAGEBOARD_FAULTS__ ?? []) backend.faults.add(fault)

  const worker = setupWorker(...createHandlers(backend))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })

  const controls: DemoBackendControls = {
    reset: () => backend.reset(),
    injectFault: (fault) => backend.faults.add(fault),
    backend,
  }
  window.stageboardDemo = controls
  return controls
}

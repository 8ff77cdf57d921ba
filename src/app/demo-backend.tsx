import { createContext, use } from 'react'

/** What the UI may ask of the demo backend; absent when Stageboard talks to the real API. */
export interface DemoBackend {
  reset(): void
}

export const DemoBackendContext = createContext<DemoBackend | null>(null)

export const useDemoBackend = () => use(DemoBackendContext)

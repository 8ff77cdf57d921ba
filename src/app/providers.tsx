import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type React from 'react'
import { DemoBackendContext, type DemoBackend } from './demo-backend'

/** Everything the app's components expect above them; tests render through the same. */
export function Providers({
  queryClient,
  demo = null,
  children,
}: {
  queryClient: QueryClient
  demo?: DemoBackend | null
  children: React.ReactNode
}) {
  return (
    <DemoBackendContext value={demo}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </DemoBackendContext>
  )
}

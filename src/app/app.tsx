import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { DemoBackendContext, type DemoBackend } from './demo-backend'
import { createQueryClient } from './query-client'
import { createRouter } from './router'

export function App({ demo }: { demo: DemoBackend | null }) {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createRouter(queryClient))
  return (
    <DemoBackendContext value={demo}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </DemoBackendContext>
  )
}

import type { QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import type { DemoBackend } from './demo-backend'
import { Providers } from './providers'
import { createRouter } from './router'

export function App({ demo, queryClient }: { demo: DemoBackend | null; queryClient: QueryClient }) {
  const [router] = useState(() => createRouter(queryClient))
  return (
    <Providers queryClient={queryClient} demo={demo}>
      <RouterProvider router={router} />
    </Providers>
  )
}

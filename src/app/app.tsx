import { useState } from 'react'
import { RouterProvider } from 'react-router'
import type { DemoBackend } from './demo-backend'
import { Providers } from './providers'
import { createQueryClient } from './query-client'
import { createRouter } from './router'

export function App({ demo }: { demo: DemoBackend | null }) {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createRouter(queryClient))
  return (
    <Providers queryClient={queryClient} demo={demo}>
      <RouterProvider router={router} />
    </Providers>
  )
}

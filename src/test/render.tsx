import { render } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router'
import { Providers } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { createRoutes, routerFlushSync } from '@/app/router'

/** Renders the whole app at `path`, with a fresh query cache and no automatic retries. */
export function renderApp(path: string) {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  })
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] })
  return {
    queryClient,
    router,
    ...render(
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} flushSync={routerFlushSync} />
      </Providers>,
    ),
  }
}

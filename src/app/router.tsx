import type { QueryClient } from '@tanstack/react-query'
import { flushSync } from 'react-dom'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { sendingAtOnce } from '@/api/client'
import { couplingQueries } from '@/api/couplings'
import { latestReleasesOfPipeline } from '@/api/latest-releases'
import { pipelineQueries } from '@/api/pipelines'
import { seedBoardFromLists } from '@/api/seed-from-list'

/** Releases are not read by the first screen: their module comes with the pages that read them. */
const releaseQueries = async () => (await import('@/api/releases')).releaseQueries
import { Layout } from './layout'
import { RouteError } from './route-error'

/**
 * Each page's code, loaded when its route is first visited. Tests load them all up front (see
 * `src/test/setup.ts`): a first import transforms dozens of files, which is no part of a test.
 */
export const pageModules = {
  pipelines: () => import('@/features/pipelines/pipelines-page'),
  board: () => import('./board-route'),
  releases: () => import('@/features/releases/app-releases-page'),
  tests: () => import('@/features/tests/tests-page'),
  activity: () => import('@/features/activity/activity-page'),
  settings: () => import('./settings-route'),
}

/**
 * Loaders start the page's requests while its code loads, without waiting for them: pages show
 * their own skeletons and errors, so navigation is instant and a failure stays on the page.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: Layout,
      ErrorBoundary: RouteError,
      HydrateFallback: () => null,
      children: [
        {
          index: true,
          loader: () => {
            sendingAtOnce(() => {
              void queryClient.prefetchQuery(pipelineQueries.all())
              void queryClient.prefetchQuery(couplingQueries.all())
            })
            return null
          },
          lazy: async () => ({
            Component: (await pageModules.pipelines()).PipelinesPage,
          }),
        },
        {
          path: 'pipelines/:pipelineId',
          // The board's own parameters (its filter, the promote dialog) change what it shows,
          // not what it reads: no loader to wait for, so such a navigation lands at once.
          shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
          loader: ({ params }) => {
            const id = params.pipelineId ?? ''
            // Opened from the pipelines page: what its lists say of the pipeline, at once.
            seedBoardFromLists(queryClient, id)
            // The board waits for these three, sent at once rather than behind the router's
            // rendering; what the lists just gave is fresh, so it is not asked for again here.
            sendingAtOnce(() => {
              void queryClient.prefetchQuery(pipelineQueries.detail(id))
              void queryClient.prefetchQuery(couplingQueries.byPipeline(id))
              void queryClient.prefetchQuery(latestReleasesOfPipeline(id))
            })
            return null
          },
          lazy: async () => ({
            Component: (await pageModules.board()).BoardRoute,
          }),
        },
        // Pages that read on their own, once shown: no loader adds to the first screen's code.
        {
          path: 'pipelines/:pipelineId/tests',
          lazy: async () => ({ Component: (await pageModules.tests()).TestsPage }),
        },
        {
          path: 'pipelines/:pipelineId/activity',
          lazy: async () => ({ Component: (await pageModules.activity()).ActivityPage }),
        },
        {
          path: 'pipelines/:pipelineId/settings',
          lazy: async () => ({ Component: (await pageModules.settings()).SettingsRoute }),
        },
        {
          path: 'apps/:appId',
          loader: async ({ params }) => {
            void queryClient.prefetchInfiniteQuery(
              (await releaseQueries()).history(params.appId ?? ''),
            )
            return null
          },
          lazy: async () => ({
            Component: (await pageModules.releases()).AppReleasesPage,
          }),
        },
        // An unknown address is no first screen: its page loads when one is asked for.
        {
          path: '*',
          lazy: async () => ({ Component: (await import('@/components/not-found')).NotFound }),
        },
      ],
    },
  ]
}

/**
 * React DOM's flushSync, for the router's `RouterProvider` (what `react-router/dom` would pass):
 * a navigation that asks for it lands in one synchronous render instead of a transition.
 */
export const routerFlushSync = (update: () => unknown) => void flushSync(update)

/** The router, and the routes it was made from (the router keeps copies of them). */
export function createRouter(queryClient: QueryClient) {
  const routes = createRoutes(queryClient)
  return { router: createBrowserRouter(routes), routes }
}

import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { couplingQueries } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { releaseQueries } from '@/api/releases'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

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
            void queryClient.prefetchQuery(pipelineQueries.all())
            void queryClient.prefetchQuery(couplingQueries.all())
            return null
          },
          lazy: async () => ({
            Component: (await import('@/features/pipelines/pipelines-page')).PipelinesPage,
          }),
        },
        {
          path: 'pipelines/:pipelineId',
          loader: ({ params }) => {
            const id = params.pipelineId ?? ''
            void queryClient.prefetchQuery(pipelineQueries.detail(id))
            void queryClient.prefetchQuery(couplingQueries.byPipeline(id))
            void queryClient.prefetchQuery(releaseQueries.latestOfPipeline(id))
            return null
          },
          lazy: async () => ({
            Component: (await import('@/features/board/board-page')).BoardPage,
          }),
        },
        {
          path: 'apps/:appId',
          loader: ({ params }) => {
            void queryClient.prefetchInfiniteQuery(releaseQueries.history(params.appId ?? ''))
            return null
          },
          lazy: async () => ({
            Component: (await import('@/features/releases/app-releases-page')).AppReleasesPage,
          }),
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]
}

export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter(createRoutes(queryClient))

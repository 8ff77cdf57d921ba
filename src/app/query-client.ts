import { MutationCache, QueryClient } from '@tanstack/react-query'
import { toast } from '@/components/ui/toast'
import { ApiError, isClientError } from '@/api/client'

/** "Error ID: forbidden · Request ID: 9f…": what a person quotes to Heroku's support. */
const errorIds = (error: ApiError) =>
  error.requestId
    ? `Error ID: ${error.id} · Request ID: ${error.requestId}`
    : `Error ID: ${error.id}`

/** Refusals (4xx) will not change on a retry; outages and network failures may. */
function shouldRetry(failureCount: number, error: unknown) {
  if (isClientError(error)) return false
  return failureCount < 2
}

/**
 * Errors are reported once, here: a failed mutation raises one toast with the API's message.
 * Failed queries are shown where their data would be (with a retry), not as toasts. A mutation
 * started from a dialog says `meta: { errorShownInline: true }`: a modal dialog hides the rest of
 * the page from screen readers, toasts included, so the dialog shows its own error instead.
 */
export function createQueryClient() {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.errorShownInline) return
        toast.error(error.message, {
          description: error instanceof ApiError ? errorIds(error) : undefined,
        })
      },
    }),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  })
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** the mutation's caller shows the error itself (see createQueryClient) */
      errorShownInline?: boolean
    }
  }
}

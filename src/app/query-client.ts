import { MutationCache, QueryClient, type QueryClientConfig } from '@tanstack/react-query'
import { toast } from '@/components/ui/toast'
import { ApiError, isClientError } from '@/api/client'
import { isBudgetLow, politeInterval, rateLimitWait } from '@/api/rate-limit'
import { TabSharedQueryClient } from './tab-shared-query-client'

/** "Error ID: forbidden · Request ID: 9f…": what a person quotes to Heroku's support. */
const errorIds = (error: ApiError) =>
  error.requestId
    ? `Error ID: ${error.id} · Request ID: ${error.requestId}`
    : `Error ID: ${error.id}`

const isRateLimited = (error: unknown) => error instanceof ApiError && error.isRateLimited()

/**
 * Refusals (4xx) will not change on a retry; outages and network failures may. A 429 will, once
 * its wait is over: a read tries again then (for up to about five minutes, one try a wait).
 */
function shouldRetry(failureCount: number, error: unknown) {
  if (isRateLimited(error)) return failureCount < 5
  // 30 s without an answer already: the person decides whether to wait that long again.
  if (error instanceof ApiError && error.id === 'timeout') return false
  if (isClientError(error)) return false
  return failureCount < 2
}

/** TanStack Query's own backoff, or the rest of a 429's wait. */
const retryDelay = (failureCount: number, error: unknown) =>
  isRateLimited(error) ? rateLimitWait() : Math.min(1000 * 2 ** failureCount, 30_000)

/**
 * Errors are reported once, here: a failed mutation raises one toast with the API's message, after
 * what failed when the mutation names it (`meta.failureTitle`).
 * Failed queries are shown where their data would be (with a retry), not as toasts. A mutation
 * started from a dialog says, through `meta.errorShownInline`, whether the dialog shows its error
 * at the moment the answer comes: a modal dialog hides the rest of the page from screen readers,
 * toasts included, so an open dialog shows its own error; a closed one leaves it to a toast.
 *
 * `sharedWithTabs` names the backend this page talks to (a demo scenario, Heroku): the
 * dashboard's other tabs on it then see this tab's changes, and this tab theirs.
 */
export function createQueryClient(options: { sharedWithTabs?: string } = {}) {
  const config: QueryClientConfig = {
    mutationCache: new MutationCache({
      onError: (error, variables, _context, mutation) => {
        const inline = mutation.meta?.errorShownInline
        if (typeof inline === 'function' ? inline(variables) : inline) return
        const what = mutation.meta?.failureTitle?.(variables)
        toast.error(what ? `${what}: ${error.message}` : error.message, {
          description: error instanceof ApiError ? errorIds(error) : undefined,
        })
      },
    }),
    defaultOptions: {
      queries: {
        // Answers go stale (and refresh on focus) less often as Heroku's budget runs down.
        staleTime: () => politeInterval(15_000),
        refetchOnWindowFocus: () => !isBudgetLow(),
        retry: shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  }
  return options.sharedWithTabs
    ? new TabSharedQueryClient(`stageboard:${options.sharedWithTabs}`, config)
    : new QueryClient(config)
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * the mutation's caller shows the error itself (see createQueryClient); a function of what
       * was sent when that depends on the moment (a dialog closed before the answer came, or
       * showing another app's promotion)
       */
      errorShownInline?: boolean | ((variables: unknown) => boolean)
      /** what failed, named before the API's words: "Couldn't move billing-api-dev to Staging" */
      failureTitle?: (variables: unknown) => string
    }
  }
}

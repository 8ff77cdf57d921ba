import { useQueryClient, type MutationKey } from '@tanstack/react-query'

/**
 * Whether a mutation with this key is on its way, read from the mutation cache at the moment of
 * asking. A double click delivers its second click before React re-renders the disabled button, so
 * `isPending` from the last render cannot stop it; the cache already knows.
 */
export function useInFlight(mutationKey: MutationKey) {
  const queryClient = useQueryClient()
  return () => queryClient.isMutating({ mutationKey }) > 0
}

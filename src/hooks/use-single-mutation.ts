import {
  useMutation,
  useQueryClient,
  type DefaultError,
  type MutationKey,
  type UseMutationOptions,
} from '@tanstack/react-query'

/**
 * A mutation that is sent once, however fast it is asked twice. `isPending` reaches React a task
 * after `mutate` (TanStack tells its observers on a timer), so a double click lands its second
 * click on a button that is not disabled yet; the mutation cache already knows. `send` asks it,
 * as `useRequestDialog` does for dialogs.
 */
export function useSingleMutation<TData, TVariables, TOnMutateResult = unknown>(
  options: UseMutationOptions<TData, DefaultError, TVariables, TOnMutateResult> & {
    mutationKey: MutationKey
  },
) {
  const queryClient = useQueryClient()
  const mutation = useMutation(options)
  const send = (variables: TVariables) => {
    if (queryClient.isMutating({ mutationKey: options.mutationKey }) > 0) return
    mutation.mutate(variables)
  }
  return { ...mutation, send }
}

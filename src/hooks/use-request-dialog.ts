import {
  useMutation,
  useQueryClient,
  type DefaultError,
  type MutateOptions,
  type MutationKey,
  type UseMutationOptions,
} from '@tanstack/react-query'
import { useState } from 'react'

interface RequestDialogOptions<TData, TVariables, TOnMutateResult> {
  /** the dialog's one request: mutation options from `src/api`, as they are */
  mutation: UseMutationOptions<TData, DefaultError, TVariables, TOnMutateResult> & {
    mutationKey: MutationKey
  }
  /**
   * What the user is told when the request succeeds, even if the dialog is gone by then (mutate's
   * own callbacks die with their component). It runs after the API's callbacks, never instead.
   */
  onSuccess?: (data: TData, variables: TVariables) => void
  /** when the dialog's owner keeps its open state (a card's menu, the address); else it keeps its own */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /** puts the form back as it started; called whenever the dialog opens or closes */
  onReset?: () => void
  /**
   * Closing is refused while the request is on its way (the default), so its answer is seen where
   * it was asked. A request that outlives its dialog (a promotion) says false: the dialog closes,
   * and the request keeps its state until it answers.
   */
  stayOpenWhilePending?: boolean
  /**
   * Whether a failure is shown inside the dialog (the default) rather than as a toast: a modal
   * dialog hides the rest of the page from screen readers, toasts included.
   */
  errorShownInline?: boolean
}

/**
 * A dialog whose form sends one request: its open state, the request, a guard against sending it
 * twice, and the rules for closing. Every dialog that asks the API for something uses this, with
 * `DialogFormFooter` showing the request's state and error.
 */
export function useRequestDialog<TData, TVariables, TOnMutateResult = unknown>({
  mutation,
  onSuccess,
  open: openFromOwner,
  onOpenChange: tellOwner,
  onReset,
  stayOpenWhilePending = true,
  errorShownInline = true,
}: RequestDialogOptions<TData, TVariables, TOnMutateResult>) {
  const queryClient = useQueryClient()
  const [ownOpen, setOwnOpen] = useState(false)
  const request = useMutation({
    ...mutation,
    meta: { ...mutation.meta, errorShownInline },
    onSuccess: async (...args) => {
      await mutation.onSuccess?.(...args)
      onSuccess?.(args[0], args[1])
    },
  })

  const onOpenChange = (next: boolean) => {
    if (!next && request.isPending && stayOpenWhilePending) return
    setOwnOpen(next)
    tellOwner?.(next)
    onReset?.()
    // A request still on its way keeps its state: its answer must still be heard.
    if (!request.isPending) request.reset()
  }

  /**
   * Sends the request, unless one is already on its way. A double click delivers its second click
   * before React re-renders the disabled button, so `isPending` from the last render cannot stop
   * it; the mutation cache already knows.
   */
  const submit = (
    variables: TVariables,
    callbacks?: MutateOptions<TData, DefaultError, TVariables, TOnMutateResult>,
  ) => {
    if (queryClient.isMutating({ mutationKey: mutation.mutationKey }) > 0) return
    request.mutate(variables, callbacks)
  }

  return {
    open: openFromOwner ?? ownOpen,
    onOpenChange,
    close: () => onOpenChange(false),
    request,
    submit,
  }
}

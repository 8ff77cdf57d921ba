import {
  useIsMutating,
  useMutation,
  useQueryClient,
  type DefaultError,
  type MutateOptions,
  type MutationKey,
  type UseMutationOptions,
} from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'

interface RequestDialogOptions<TData, TVariables, TOnMutateResult> {
  /** the dialog's one request: mutation options from `src/api`, as they are */
  mutation: UseMutationOptions<TData, DefaultError, TVariables, TOnMutateResult> & {
    mutationKey: MutationKey
  }
  /**
   * What the user is told when the request succeeds, even if the dialog is gone by then (mutate's
   * own callbacks die with their component). It runs after the API's callbacks, never instead.
   * `shown` says whether the dialog is still open: a dialog closed while it waited tells by toast
   * and takes no one anywhere.
   */
  onSuccess?: (data: TData, variables: TVariables, shown: boolean) => void
  /**
   * What failed, said before the API's words: inside the dialog while it is open, in a toast once
   * it was closed before the answer came. A function of what was sent when the dialog's own
   * state no longer knows it (the promote dialog, closed, no longer knows its source).
   */
  failureTitle: string | ((variables: TVariables) => string)
  /**
   * Whether the open dialog shows the failure of a request with these variables (the default: it
   * does). The promote dialog, choosing for another app, does not: that failure is toasted.
   */
  showsFailureOf?: (variables: TVariables) => boolean
  /** when the dialog's owner keeps its open state (a card's menu, the address); else it keeps its own */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /** puts the form back as it started; called whenever the dialog opens or closes */
  onReset?: () => void
}

/**
 * A dialog whose form sends one request: its open state, the request, a guard against sending it
 * twice, and the rules for closing. Every dialog that asks the API for something uses this, with
 * `DialogFormFooter` showing the request's state and error.
 *
 * A dialog can be closed while its request is on its way (a slow Heroku must not hold the page):
 * the request is not taken back (HTTP cannot), and its answer is told by toast instead, success
 * or failure, naming what it was.
 */
export function useRequestDialog<TData, TVariables, TOnMutateResult = unknown>({
  mutation,
  onSuccess,
  failureTitle,
  showsFailureOf,
  open: openFromOwner,
  onOpenChange: tellOwner,
  onReset,
}: RequestDialogOptions<TData, TVariables, TOnMutateResult>) {
  const queryClient = useQueryClient()
  const [ownOpen, setOwnOpen] = useState(false)
  const open = openFromOwner ?? ownOpen
  // Read when the answer comes, which may be after the dialog has closed or unmounted.
  const shown = useRef(open)
  useEffect(() => {
    shown.current = open
    return () => {
      shown.current = false
    }
  }, [open])
  const titleOf = (variables: TVariables) =>
    typeof failureTitle === 'function' ? failureTitle(variables) : failureTitle
  const request = useMutation({
    ...mutation,
    meta: {
      ...mutation.meta,
      errorShownInline: (variables) =>
        shown.current && (showsFailureOf?.(variables as TVariables) ?? true),
      failureTitle: (variables) => titleOf(variables as TVariables),
    },
    onSuccess: async (...args) => {
      await mutation.onSuccess?.(...args)
      onSuccess?.(args[0], args[1], shown.current)
    },
  })

  // One of its kind at a time (see submit): one sent from an earlier opening, closed since, or
  // from another column's dialog, is said to be waiting instead of a click doing nothing.
  const pendingOfKind = useIsMutating({ mutationKey: mutation.mutationKey })
  const waitingForAnother = pendingOfKind > (request.isPending ? 1 : 0)

  // Opened again by its owner (the address, a card's menu) and not through onOpenChange: the last
  // answer belongs to the last opening, unless it is still awaited.
  const wasOpen = useRef(open)
  const { isError, isSuccess, reset } = request
  useEffect(() => {
    if (open && !wasOpen.current && (isError || isSuccess)) reset()
    wasOpen.current = open
  }, [open, isError, isSuccess, reset])

  const onOpenChange = (next: boolean) => {
    shown.current = next
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
    open,
    onOpenChange,
    close: () => onOpenChange(false),
    request: { ...request, waitingForAnother },
    submit,
    /** what the footer says failed: the last request's, if one was sent */
    failureTitle:
      request.variables === undefined
        ? typeof failureTitle === 'string'
          ? failureTitle
          : ''
        : titleOf(request.variables),
  }
}

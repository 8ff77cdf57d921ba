/**
 * What a change's `onSettled` returns: after a success, its refresh, so the change stays pending
 * until its screen shows the new truth; after a failure, nothing to wait for, so the refusal is
 * told at once while the truth is read again on its own (after a 429 that read waits out the rate
 * limit, a minute: a dialog must not say "Adding…" all that time).
 */
export function refreshOnSettled(error: unknown, refresh: () => Promise<unknown>) {
  const refreshed = refresh()
  return error ? undefined : refreshed
}

import type * as SonnerModule from 'sonner'

/**
 * Toasts, with sonner loaded when the first one is shown: most visits never raise one, and
 * sonner is 9 kB of the first screen's JavaScript otherwise. Same calls as sonner's `toast`.
 */
type Sonner = typeof SonnerModule
type Show = Sonner['toast']['success']

let sonner: Promise<Sonner> | undefined
let loaded = false
const waiting = new Set<() => void>()

function loadSonner() {
  sonner ??= import('sonner').then(
    (module) => {
      loaded = true
      for (const ready of waiting) ready()
      return module
    },
    (error: unknown) => {
      // Offline, or a deploy replaced the file: the next toast tries again.
      sonner = undefined
      throw error
    },
  )
  return sonner
}

/** Calls `ready` once sonner has loaded (at once if it has); returns a function that stops it. */
export function whenToastsLoad(ready: () => void): () => void {
  if (loaded) ready()
  else waiting.add(ready)
  return () => waiting.delete(ready)
}

/**
 * Errors stay until dismissed (a person reads them at their own pace, or is away when one comes);
 * confirmations go after sonner's few seconds, or after ten when they offer an action (Undo):
 * time to notice the wrong card moved and reach the button.
 */
const DEFAULTS = { success: {}, error: { duration: Infinity } } as const
const WITH_ACTION_MS = 10_000

const show =
  (kind: 'success' | 'error'): Show =>
  (message, data) => {
    loadSonner().then(
      ({ toast }) =>
        toast[kind](message, {
          ...DEFAULTS[kind],
          ...(data?.action && kind === 'success' ? { duration: WITH_ACTION_MS } : {}),
          ...data,
        }),
      (error: unknown) => console.error('A message could not be shown:', message, error),
    )
    // sonner's id is not needed by any caller: nothing dismisses a toast by hand.
    return ''
  }

export const toast = { success: show('success'), error: show('error') }

import { useEffect, useState, useSyncExternalStore } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { afterNextPaint } from '@/lib/after-paint'
import { createValueStore } from '@/lib/value-store'

/** The address with the promote dialog's own parameters set anew, and every other one kept. */
function withDialog(params: URLSearchParams, dialog: { promote?: string; promotion?: string }) {
  const next = new URLSearchParams(params)
  next.delete('promote')
  next.delete('promotion')
  if (dialog.promote) next.set('promote', dialog.promote)
  if (dialog.promotion) next.set('promotion', dialog.promotion)
  return next
}

/** What the dialog shows ahead of the address: an app's targets, or nothing (just closed). */
interface Ahead {
  appId: string | null
  /** the address it was decided at: once the address moves on, the address decides */
  locationKey: string
}

/**
 * The promote dialog, opened or closed ahead of the address. Writing the address is a React
 * Router navigation: a history entry, then the whole board rendered again in a transition, a few
 * frames later. Promote… and closing set this instead, which only the dialog subscribes to, so
 * it opens and closes in the frame of the click; an opening writes its address once that frame is
 * painted (not if the dialog is closed first).
 */
export function createPromoteAhead() {
  const ahead = createValueStore<Ahead | null>(null)
  let cancelWrite = () => {}
  const set = (next: Ahead | null) => {
    cancelWrite()
    ahead.set(next)
  }
  return {
    open: (appId: string, locationKey: string, writeAddress: () => void) => {
      set({ appId, locationKey })
      cancelWrite = afterNextPaint(writeAddress)
    },
    close: (locationKey: string) => set({ appId: null, locationKey }),
    /** the address has moved on: it alone decides from now on, Back to this entry included */
    forget: () => set(null),
    get: ahead.get,
    subscribe: ahead.subscribe,
  }
}
export type PromoteAhead = ReturnType<typeof createPromoteAhead>

/** Opens the promote dialog for an app: at once, then in the address. For the board's cards. */
export function useChoosePromote(ahead: PromoteAhead) {
  const [, setParams] = useSearchParams()
  const { key } = useLocation()
  // Written in one synchronous render, not a transition: until the board has rendered the
  // address it wrote, the dialog still goes by the click, and a Back pressed meanwhile would
  // return to an address the board never left, leaving the dialog open.
  return (appId: string) =>
    ahead.open(appId, key, () =>
      setParams((current) => withDialog(current, { promote: appId }), { flushSync: true }),
    )
}

/**
 * The promote dialog lives in the URL: `?promote=<app id>` while choosing targets, then
 * `?promotion=<promotion id>` while it runs. A reload, a shared link or the back button finds the
 * dialog where it was, and Heroku's API has no "list promotions" to find a running one otherwise.
 * The board's other parameters (its filter) are left as they are. Until a click's navigation
 * lands, the dialog shows what the click asked for (see createPromoteAhead).
 */
export function usePromotionParams(ahead: PromoteAhead) {
  const [params, setParams] = useSearchParams()
  const { key } = useLocation()
  const decided = useSyncExternalStore(ahead.subscribe, ahead.get)
  const current = decided?.locationKey === key ? decided : null
  useEffect(() => {
    if (decided && decided.locationKey !== key) ahead.forget()
  }, [ahead, decided, key])
  return {
    sourceAppId: current ? current.appId : params.get('promote'),
    promotionId: current ? null : params.get('promotion'),
    // Replacing the chooser's entry: Back from a running promotion closes the dialog rather
    // than offering to start it again.
    follow: (id: string) =>
      setParams((current) => withDialog(current, { promotion: id }), { replace: true }),
    close: () => {
      ahead.close(key)
      setParams((current) => withDialog(current, {}))
    },
  }
}

/** A board's promote dialog ahead of its address, made once for the board's life. */
export const usePromoteAhead = () => useState(createPromoteAhead)[0]

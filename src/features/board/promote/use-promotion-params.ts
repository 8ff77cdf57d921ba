import { useState, useSyncExternalStore } from 'react'
import { useLocation, useSearchParams } from 'react-router'

/** The address with the promote dialog's own parameters set anew, and every other one kept. */
function withDialog(params: URLSearchParams, dialog: { promote?: string; promotion?: string }) {
  const next = new URLSearchParams(params)
  next.delete('promote')
  next.delete('promotion')
  if (dialog.promote) next.set('promote', dialog.promote)
  if (dialog.promotion) next.set('promotion', dialog.promotion)
  return next
}

interface Pressed {
  appId: string
  /** the address the press was made at: once it changes, the address decides */
  locationKey: string
}

/**
 * Which Promote… was just pressed, before the address says so. Writing the address is a React
 * Router navigation: a history entry, then the whole board rendered again in a transition. The
 * dialog reads this instead and opens in the frame of the click; the address is written once
 * that frame is painted (unless the dialog was closed first). Only the dialog subscribes to it.
 */
export function createPromotePress() {
  let pressed: Pressed | null = null
  let frame: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()
  const set = (next: Pressed | null) => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(timer)
    pressed = next
    for (const listener of listeners) listener()
  }
  return {
    press: (appId: string, locationKey: string, writeAddress: () => void) => {
      set({ appId, locationKey })
      // A timer set from an animation frame runs once that frame is painted.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(writeAddress)
      })
    },
    clear: () => set(null),
    get: () => pressed,
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
export type PromotePress = ReturnType<typeof createPromotePress>

/** Opens the promote dialog for an app: at once, then in the address. For the board's cards. */
export function useChoosePromote(press: PromotePress) {
  const [, setParams] = useSearchParams()
  const { key } = useLocation()
  return (appId: string) =>
    press.press(appId, key, () => setParams((current) => withDialog(current, { promote: appId })))
}

/**
 * The promote dialog lives in the URL: `?promote=<app id>` while choosing targets, then
 * `?promotion=<promotion id>` while it runs. A reload, a shared link or the back button finds the
 * dialog where it was, and Heroku's API has no "list promotions" to find a running one otherwise.
 * The board's other parameters (its filter) are left as they are.
 */
export function usePromotionParams(press: PromotePress) {
  const [params, setParams] = useSearchParams()
  const { key } = useLocation()
  const pressed = useSyncExternalStore(press.subscribe, press.get)
  const promotionId = params.get('promotion')
  const pressedHere = pressed?.locationKey === key && !promotionId ? pressed.appId : null
  const sourceAppId = params.get('promote') ?? pressedHere
  return {
    sourceAppId,
    promotionId,
    // Replacing the chooser's entry: Back from a running promotion closes the dialog rather
    // than offering to start it again.
    follow: (id: string) =>
      setParams((current) => withDialog(current, { promotion: id }), { replace: true }),
    close: () => {
      press.clear()
      setParams((current) => withDialog(current, {}))
    },
  }
}

/** A board's promote press, made once for the board's life. */
export const usePromotePress = () => useState(createPromotePress)[0]

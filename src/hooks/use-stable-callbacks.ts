import { useLayoutEffect, useRef, useState } from 'react'

type Callbacks<T> = { [K in keyof T]: (...args: never[]) => unknown }
type AnyCallbacks = Record<string, ((...args: unknown[]) => unknown) | undefined>

/**
 * The same object of callbacks on every render, each calling the latest version given. A list
 * of memoized rows can take it as a prop without every row rendering again whenever its parent
 * does (React's `useEffectEvent`, for callbacks passed down rather than used in effects).
 */
export function useStableCallbacks<T extends Callbacks<T>>(callbacks: T): T {
  const latest = useRef(callbacks)
  useLayoutEffect(() => {
    latest.current = callbacks
  })
  const [stable] = useState(() => {
    // Each wrapper looks its callback up by name when called: the object's shape never changes.
    const wrappers: AnyCallbacks = {}
    for (const name of Object.keys(callbacks)) {
      wrappers[name] = (...args) => (latest.current as unknown as AnyCallbacks)[name]?.(...args)
    }
    return wrappers as unknown as T
  })
  return stable
}

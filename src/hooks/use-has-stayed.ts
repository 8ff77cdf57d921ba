import { useEffect, useState } from 'react'

/**
 * Whether the component has stayed mounted for `ms`. A virtualized card mounts for a frame while
 * its column settles, or flies past in a fast scroll; gating its own requests on this keeps those
 * from asking for anything (scrolling 1,300 cards does not ask for 1,300 formations).
 */
export function useHasStayed(ms: number) {
  const [stayed, setStayed] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setStayed(true), ms)
    return () => clearTimeout(timer)
  }, [ms])
  return stayed
}

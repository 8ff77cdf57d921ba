import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

/**
 * A page's view kept in the address (a filter, what is open), so a link shares it: the address's
 * parameters, and a setter that changes one of them. In place: choosing a filter or typing is
 * not navigating, and Back leaves the page rather than undoing the last choice.
 */
export function useAddressParams() {
  const [params, setParams] = useSearchParams()
  const setParam = useCallback(
    (name: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value === null || value === '') next.delete(name)
          else next.set(name, value)
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
  return [params, setParam] as const
}

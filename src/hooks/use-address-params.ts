import { useCallback, useState } from 'react'
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

/**
 * A text field's value kept in the address (`name`): what is typed shows at once, and reaches the
 * address after. A field whose value were the address's alone would lose keys typed quickly: the
 * router takes the new address a moment later, and until then the field is put back as it was.
 * The address wins when it changes on its own (Back, a link).
 */
export function useAddressText(name: string) {
  const [params, setParam] = useAddressParams()
  const fromAddress = params.get(name) ?? ''
  // `pending`: what was typed and is on its way to the address, oldest first. The address
  // catching up with one of these is the field's own doing, not a change to follow.
  const [field, setField] = useState({
    text: fromAddress,
    pending: [] as string[],
    seen: fromAddress,
  })
  if (fromAddress !== field.seen) {
    // Caught up with what is shown: nothing typed is still on its way.
    const ours =
      fromAddress === field.text ? field.pending.length - 1 : field.pending.lastIndexOf(fromAddress)
    setField(
      ours >= 0
        ? { ...field, pending: field.pending.slice(ours + 1), seen: fromAddress }
        : { text: fromAddress, pending: [], seen: fromAddress },
    )
  }
  const change = (next: string) => {
    setField((current) => ({ ...current, text: next, pending: [...current.pending, next] }))
    setParam(name, next)
  }
  return [field.text, change] as const
}

import type { Virtualizer } from '@tanstack/react-virtual'
import type React from 'react'

/** A virtualizer's `getItemKey`: each row keyed by its item, so a row keeps its element as items move. */
export const keyByItem =
  <T,>(items: T[], keyOf: (item: T) => string) =>
  (index: number) => {
    const item = items[index]
    return item === undefined ? index : keyOf(item)
  }

interface VirtualRowsProps<T, S extends Element | Window> {
  virtualizer: Virtualizer<S, Element>
  items: T[]
  renderItem: (item: T) => React.ReactNode
  /** where the list starts within what scrolls (the page, for a list over the window's scroll) */
  offset?: number
  className: string
}

/**
 * The rows a TanStack virtualizer has in view, as `li`s placed where they belong and measured once
 * shown, so a row may grow without overlapping the next. The `ul` around them is the caller's,
 * `relative` and as tall as `virtualizer.getTotalSize()`.
 */
export function VirtualRows<T, S extends Element | Window>({
  virtualizer,
  items,
  renderItem,
  offset = 0,
  className,
}: VirtualRowsProps<T, S>) {
  return virtualizer.getVirtualItems().map((row) => {
    const item = items[row.index]
    if (item === undefined) return null
    return (
      <li
        key={row.key}
        data-index={row.index}
        ref={virtualizer.measureElement}
        className={`absolute top-0 left-0 w-full ${className}`}
        style={{ transform: `translateY(${row.start - offset}px)` }}
      >
        {renderItem(item)}
      </li>
    )
  })
}

import type { Virtualizer } from '@tanstack/react-virtual'
import type React from 'react'

/** A virtualizer's `getItemKey`: each row keyed by its item, so a row keeps its element as items move. */
export const keyByItem =
  <T,>(items: T[], keyOf: (item: T) => string) =>
  (index: number) => {
    const item = items[index]
    return item === undefined ? index : keyOf(item)
  }

/** A row's key, as a virtualizer's `getItemKey` gives it. */
export type RowKey = ReturnType<Virtualizer<Element, Element>['options']['getItemKey']>

/** Whether a list is still rendering its first rows: settled after the first commit that has some. */
export class FirstRows {
  private settled = false
  get now() {
    return !this.settled
  }
  /** Called after each commit, with whether the list has measured rows by then. */
  settle(hasMeasuredRows: boolean) {
    if (hasMeasuredRows) this.settled = true
  }
}

/**
 * A virtualizer's `measureElement` that remembers each row's size in `sizes`, which several lists
 * may share, and lays the page out only for rows whose size nobody knows yet in the list's first
 * rendering (see `FirstRows`), so those are in place before the first paint.
 * A row mounting later takes the size known for it (a card moved in from another column keeps the
 * one it had there), or the estimate, which the ResizeObserver corrects; reading `offsetHeight`
 * then, as TanStack does, lays the whole page out in the middle of the commit of a move.
 */
export const measureRemembering =
  (sizes: Map<RowKey, number>, firstRows: FirstRows) =>
  <S extends Element | Window>(
    element: Element,
    entry: ResizeObserverEntry | undefined,
    instance: Virtualizer<S, Element>,
  ) => {
    const index = instance.indexFromElement(element)
    const key = instance.options.getItemKey(index)
    const box = entry?.borderBoxSize[0]
    const known = box
      ? Math.round(box.blockSize)
      : (instance.itemSizeCache.get(key) ?? sizes.get(key))
    const size =
      known ??
      (firstRows.now ? (element as HTMLElement).offsetHeight : instance.options.estimateSize(index))
    sizes.set(key, size)
    return size
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
        // Each row's transform makes it a stacking context of its own: the row with a menu or a
        // tip open comes above the rows after it, which would otherwise cover what it opened.
        className={`absolute top-0 left-0 w-full focus-within:z-10 has-data-[state=open]:z-10 ${className}`}
        style={{ transform: `translateY(${row.start - offset}px)` }}
      >
        {renderItem(item)}
      </li>
    )
  })
}

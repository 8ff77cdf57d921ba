import { useVirtualizer } from '@tanstack/react-virtual'
import type React from 'react'
import { useRef } from 'react'
import { cn } from '@/lib/cn'
import { keyByItem, VirtualRows } from './virtual-rows'

interface ScrollingListProps<T> {
  items: T[]
  keyOf: (item: T) => string
  /** a row's height before it is measured */
  estimateHeight: (item: T) => number
  renderItem: (item: T) => React.ReactNode
  /** the list's accessible name, when it needs one */
  label?: string
  className?: string
}

/** Up to this many rows, all are rendered: too few to be worth measuring and positioning. */
const RENDER_ALL_UP_TO = 40

/**
 * A list in a box of its own that scrolls, rendering only the rows in view: a dialog listing
 * 1,300 apps costs a screenful of rows. Rows are measured once shown, so they may grow (an open
 * disclosure, a long error) without overlapping. A short list is rendered whole.
 */
export function ScrollingList<T>({
  items,
  keyOf,
  estimateHeight,
  renderItem,
  label,
  className,
}: ScrollingListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = items.length > RENDER_ALL_UP_TO
  // The project does not run the React Compiler, and no function of the virtualizer is handed
  // to a memoized child: the rule's concern does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? items.length : 0,
    // A short list never measures its box: opening a dialog forces no layout for it.
    enabled: virtual,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => {
      const item = items[index]
      return item === undefined ? 40 : estimateHeight(item)
    },
    getItemKey: keyByItem(items, keyOf),
    overscan: 6,
  })
  return (
    <div
      ref={scroller}
      className={cn(
        'max-h-[min(24rem,45dvh)] overflow-y-auto rounded-lg border border-slate-200',
        className,
      )}
    >
      {virtual ? (
        <ul aria-label={label} className="relative" style={{ height: virtualizer.getTotalSize() }}>
          <VirtualRows
            virtualizer={virtualizer}
            items={items}
            renderItem={renderItem}
            className="px-1"
          />
        </ul>
      ) : (
        <ul aria-label={label}>
          {items.map((item) => (
            <li key={keyOf(item)} className="px-1">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

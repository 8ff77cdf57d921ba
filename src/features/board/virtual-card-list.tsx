import {
  defaultRangeExtractor,
  useWindowVirtualizer,
  type Range,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual'
import type React from 'react'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import {
  FirstRows,
  keyByItem,
  measureRemembering,
  VirtualRows,
  type RowKey,
} from '@/components/ui/virtual-rows'
import { usePaintedSince } from '@/hooks/use-painted-since'
import { useCardReveal } from './card-reveal'

interface VirtualCardListProps<T> {
  /** the column whose cards these are, so a moved card can be brought into view */
  stage: string
  items: T[]
  keyOf: (item: T) => string
  renderItem: (item: T) => React.ReactNode
  /** the cards' sizes, shared by the board's columns: a card moved in keeps the size it had */
  sizes: Map<RowKey, number>
}

/** A card's height before it is measured: most cards are a little over 200 px with their gap. */
const ESTIMATED_CARD_HEIGHT = 232

/**
 * Cards rendered above and below the screen, so Tab always has a next card to move to: from the
 * list's second frame on. Its first frame renders the cards on screen alone, and shows sooner for
 * it (a 2,000-app board's four columns would render twelve more cards before their first paint).
 */
const OVERSCAN = 3

/** Where the list starts on the page: the window's scroll is the list's, offset by this. */
function usePageOffset(ref: React.RefObject<HTMLElement | null>) {
  const [offset, setOffset] = useState(0)
  const measure = useCallback(() => {
    const element = ref.current
    if (element) setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY))
  }, [ref])
  // Measured once the list is in the page, then whenever the page's size changes: reading layout
  // on every render would force the browser to lay the page out again in the middle of a move.
  // Until then the list counts from the top of the page. Each row is placed within the list alike
  // either way; which rows the first render picks may be off by the list's offset (a row or two
  // more at the bottom of the screen, a shifted window when it opens scrolled). React may run
  // this effect before the first paint (when another update comes in first), so the rows of
  // the first frame are usually right, and always a frame later.
  useEffect(() => {
    measure()
    // What sits above the list (headers, notices) changes height as the board fills in.
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [measure])
  return offset
}

/**
 * Whether a card measured at another height than expected moves the page by the difference, so
 * what is on screen stays put: TanStack Virtual's own rule, but only while its idea of the scroll
 * is the window's. It hears of a scroll by the scroll event, a frame late: on a page just opened
 * (and put at its top by the router) it would still think the page is where the last one was, and
 * push the new page down by that much.
 */
function keepsScreenStill(item: VirtualItem, _delta: number, list: Virtualizer<Window, Element>) {
  const scrolled = window.scrollY
  if (Math.abs((list.scrollOffset ?? 0) - scrolled) >= 1) return false
  const firstMeasure = !list.itemSizeCache.has(item.key)
  return firstMeasure
    ? item.start < scrolled
    : item.end <= scrolled && list.scrollDirection !== 'backward'
}

/**
 * A column's cards, rendered only where the window is scrolled to, so a stage of 1,300 apps costs
 * what a screenful does. The page keeps its own scroll (on a phone too, where the columns stack).
 * The card holding focus is kept rendered when it scrolls away, so keyboard users do not lose it;
 * a card moved here is scrolled into view, so focus can follow it.
 */
export function VirtualCardList<T>({
  stage,
  items,
  keyOf,
  renderItem,
  sizes,
}: VirtualCardListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null)
  const scrollMargin = usePageOffset(listRef)
  const painted = usePaintedSince(items.length > 0)
  const [focused, setFocused] = useState<number | null>(null)
  // The rows of the list's first commit are read from the page, later ones are not.
  const [firstRows] = useState(() => new FirstRows())
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    // The window's size from the first render: TanStack's default (none) renders no rows at
    // first, and renders the board again, before its first paint, once the window is measured.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    measureElement: useMemo(() => {
      const measure = measureRemembering(sizes, firstRows)
      return (
        element: Element,
        entry: ResizeObserverEntry | undefined,
        list: Virtualizer<Window, Element>,
      ) => {
        // TanStack Virtual takes this rule as a property of the instance, not as an option; set
        // here, it holds from the very first measurement, in the commit that mounts the list.
        list.shouldAdjustScrollPositionOnItemSizeChange = keepsScreenStill
        return measure(element, entry, list)
      }
    }, [sizes, firstRows]),
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: keyByItem(items, keyOf),
    rangeExtractor: useCallback(
      (range: Range) => {
        // Before the first paint, a list at its top renders no cards below the screen. One that
        // opens further down (Back to a scrolled board) keeps its overscan: its first rows are
        // picked before its offset on the page is known, and those around them fill the screen.
        const first = !painted && range.startIndex === 0
        const indexes = defaultRangeExtractor(first ? { ...range, overscan: 0 } : range)
        if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes
        return [...indexes, focused].sort((a, b) => a - b)
      },
      [focused, painted],
    ),
  })

  // After the rows' refs of each commit (children's refs are attached before this effect runs).
  useLayoutEffect(() => firstRows.settle(virtualizer.itemSizeCache.size > 0))

  useCardReveal(stage, (appKey) => {
    const index = items.findIndex((item) => keyOf(item) === appKey)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
    return index >= 0
  })

  return (
    <ul
      ref={listRef}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event) => {
        const index = (event.target as Element).closest('li')?.dataset.index
        setFocused(index === undefined ? null : Number(index))
      }}
    >
      <VirtualRows
        virtualizer={virtualizer}
        items={items}
        renderItem={renderItem}
        offset={scrollMargin}
        // The gap between cards is part of each row, so measuring a row measures the gap too.
        className="pb-3"
      />
    </ul>
  )
}

/**
 * Long lists and tables draw only the rows in view (and a few either side), with spacers as
 * tall as the rows they skip, so a backlog of thousands opens as fast as one of ten. The rows
 * scroll with whatever box already scrolls around them (the list itself, or the page), so no
 * layout changes; short lists draw every row, as there is nothing to gain.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { measureRowsLazily } from './measure-rows';
import { useAfterNextFrame } from './use-after-frame';

/** Lists with at least this many rows are drawn in part. */
export const VIRTUAL_ROWS_FROM = 60;

/**
 * Rows given their places before a long list's first frame; the others are placed in a task
 * after it. The library works out a place for every row each time the list's measures change,
 * a few times as it opens: for the 66,000 items of a large roadmap, most of its first frame.
 * The first screen needs a few dozen, and until the rest are placed the spacer after them
 * stands in for them at their estimated height.
 */
export const FIRST_PLACED_ROWS = 200;

export interface VirtualRowsOptions {
  /**
   * Each row's key, in order; keep the same array while the rows stay the same. The list reads
   * a key for every row each time it works out the rows' places (tens of thousands on a large
   * roadmap, several times as it opens), so they are read from an array rather than made.
   */
  keys: readonly (string | number)[];
  estimateSize: number;
  /** Space between rows (a flex list's gap), so the spacers leave room for it. */
  gap?: number;
  /** A row to bring into the drawn range (focus or reveal asked for it); -1 for none. */
  wanted?: number;
}

export interface VirtualRows<E extends HTMLElement> {
  /** Set as the ref of the list or table the rows belong to: the scrolling box is found from it. */
  attach: (element: E | null) => void;
  /** Indexes of the rows to draw, in order. */
  indexes: number[];
  /** Heights of the spacers before and after the drawn rows (0 when all rows are drawn). */
  before: number;
  after: number;
  /** Pass to each drawn row (with data-index) so rows of any height are measured. */
  measure: ((element: Element | null) => void) | undefined;
}

/**
 * A box scrolls if it may and has more to show than fits: a table's wrapper that only scrolls
 * sideways computes to overflow-y auto as well, yet grows with the table.
 */
function isScroller(element: HTMLElement): boolean {
  const { overflowY } = getComputedStyle(element);
  const may = overflowY === 'auto' || overflowY === 'scroll';
  return may && element.scrollHeight > element.clientHeight;
}

/** The nearest box that scrolls the anchor, the anchor itself included. */
export function scrollerOf(anchor: HTMLElement | null): HTMLElement | null {
  for (let node = anchor; node; node = node.parentElement) if (isScroller(node)) return node;
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null;
}

/** Where the anchor's content starts within what its scroller scrolls. */
function offsetIn(anchor: HTMLElement, scroller: HTMLElement): number {
  if (anchor === scroller) return 0;
  const top = anchor.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  return Math.round(top + scroller.scrollTop);
}

export function useVirtualRows<E extends HTMLElement>({
  keys,
  estimateSize,
  gap = 0,
  wanted = -1,
}: VirtualRowsOptions): VirtualRows<E> {
  const count = keys.length;
  // A new key function makes the list work out every row's place again.
  const getKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  const [anchor, setAnchor] = useState<E | null>(null);
  const [margin, setMargin] = useState(0);
  const enabled = count >= VIRTUAL_ROWS_FROM;
  const [placedAll, setPlacedAll] = useState(false);
  // A row asked for further down is placed with all the others at once.
  const firstOnly =
    enabled && !placedAll && count > FIRST_PLACED_ROWS && wanted < FIRST_PLACED_ROWS;
  const placed = firstOnly ? FIRST_PLACED_ROWS : count;
  useAfterNextFrame(firstOnly, () => setPlacedAll(true));
  // Content above the rows (forms, filters, banners) moves them within the scroller: measured
  // when drawn and whenever the scroller scrolls or resizes.
  const measureMargin = () => {
    const box = scrollerOf(anchor);
    if (!enabled || !anchor || !box) return;
    const offset = offsetIn(anchor, box);
    setMargin((current) => (Math.abs(offset - current) > 1 ? offset : current));
  };
  // The app is not built with the React Compiler, so nothing memoises around this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: placed,
    enabled,
    getScrollElement: () => scrollerOf(anchor),
    onChange: measureMargin,
    estimateSize: () => estimateSize,
    getItemKey: getKey,
    gap,
    overscan: 4,
    measureElement: measureRowsLazily,
    scrollMargin: margin,
    // Before the scroller is measured, draw a window's height of rows rather than none.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  useLayoutEffect(measureMargin);
  useEffect(() => {
    if (enabled && wanted >= 0 && wanted < count) virtualizer.scrollToIndex(wanted);
  }, [enabled, wanted, count, virtualizer]);

  if (!enabled) {
    return {
      attach: setAnchor,
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      measure: undefined,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - margin : 0;
  const unplaced = (count - placed) * (estimateSize + gap);
  const after = last ? Math.max(0, virtualizer.getTotalSize() + unplaced - (last.end - margin)) : 0;
  return {
    attach: setAnchor,
    indexes: items.map((item) => item.index),
    before: Math.max(0, before - (before > 0 ? gap : 0)),
    after: Math.max(0, after - (after > 0 ? gap : 0)),
    measure: virtualizer.measureElement,
  };
}

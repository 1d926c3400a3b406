/**
 * How a virtualised list learns its rows' heights without stalling the page. The library's
 * own measure reads each new row's `offsetHeight` as React attaches it, which makes the
 * browser lay the page out there and then, once per batch of rows drawn: in a board redrawn
 * by a search key, the largest part of the key's cost. Here a row drawn for the first time
 * counts at the height last seen for its key (or the estimate), and its true height comes
 * from the ResizeObserver, which reports it after the browser's own layout, for free.
 */
import type { Virtualizer } from '@tanstack/react-virtual';

export function measureRowsLazily<S extends Element | Window, E extends Element>(
  element: E,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, E>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  const key = instance.options.getItemKey(index);
  return instance.itemSizeCache.get(key) ?? instance.options.estimateSize(index);
}

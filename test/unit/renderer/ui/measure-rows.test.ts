import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { measureRowsLazily } from '../../../../renderer/src/ui/measure-rows';

/** A row as the list draws it: its index in data-index, and a layout that must not be read. */
function row(index: number): Element {
  const layoutRead = () => {
    throw new Error('the row’s layout was read');
  };
  return {
    getAttribute: (name: string) => (name === 'data-index' ? String(index) : null),
    get offsetHeight() {
      return layoutRead();
    },
    getBoundingClientRect: layoutRead,
  } as unknown as Element;
}

function list() {
  return new Virtualizer<Element, Element>({
    count: 3,
    getScrollElement: () => null,
    estimateSize: () => 140,
    getItemKey: (index) => `card-${index}`,
    scrollToFn: () => undefined,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
  });
}

describe('measuring a virtualised list’s rows', () => {
  it('counts a row never seen at the estimate, without reading its layout', () => {
    expect(measureRowsLazily(row(1), undefined, list())).toBe(140);
  });

  it('counts a row drawn again at the height last seen for its key', () => {
    const virtualizer = list();
    virtualizer.itemSizeCache.set('card-2', 96);
    expect(measureRowsLazily(row(2), undefined, virtualizer)).toBe(96);
  });

  it('takes the true height from the resize observer when it reports', () => {
    const entry = { borderBoxSize: [{ blockSize: 118.6, inlineSize: 280 }] };
    const measured = measureRowsLazily(row(0), entry as unknown as ResizeObserverEntry, list());
    expect(measured).toBe(119);
  });
});

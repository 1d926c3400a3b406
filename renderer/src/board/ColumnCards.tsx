/**
 * A column's cards. Every column draws only the cards in view (and one either side) inside
 * padding as tall as the cards it skips, so a stage with thousands of products scrolls and
 * drags as lightly as one with ten, and a search that narrows the board to a few dozen cards
 * per column draws only what shows. Short and long columns are one component with one markup,
 * so a column that grows or shrinks past a screenful keeps its cards instead of drawing them
 * again. A printout draws every card.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Stage } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import { measureRowsLazily } from '../ui/measure-rows';
import { usePrinting } from '../ui/use-printing';
import { ProductCard } from './ProductCard';

const ESTIMATED_CARD_HEIGHT = 140;
const CARD_GAP = 8;
const PADDING_TOP = 4;
const PADDING_BOTTOM = 12;

interface ColumnCardsProps {
  stage: Stage;
  products: readonly Product[];
  now: Date;
}

export function ColumnCards({ stage, products, now }: ColumnCardsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  // The app is not built with the React Compiler, so nothing memoises around this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: products.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => products[index]?.id ?? index,
    overscan: 1,
    gap: CARD_GAP,
    measureElement: measureRowsLazily,
  });
  useScrollToRequestedCard(stage, products, (index) =>
    virtualizer.scrollToIndex(index, { align: 'auto' }),
  );
  const inView = virtualizer.getVirtualItems();
  const drawn = printing ? products.map((_, index) => index) : inView.map((item) => item.index);
  // The list's padding stands in for the cards not drawn; on paper every card is drawn.
  const padding = printing
    ? undefined
    : {
        paddingTop: PADDING_TOP + (inView[0]?.start ?? 0),
        paddingBottom:
          PADDING_BOTTOM + Math.max(0, virtualizer.getTotalSize() - (inView.at(-1)?.end ?? 0)),
      };
  // The scrolling box wraps the list: padding on a flex item cannot shrink, so the box that
  // scrolls must not carry the padding that stands in for the skipped cards.
  return (
    <div ref={listRef} className="column-scroll">
      <ul className="column-cards" style={padding}>
        {drawn.map((index) => {
          const product = products[index];
          if (!product) return null;
          return (
            <ProductCard
              key={product.id}
              product={product}
              now={now}
              position={index}
              count={products.length}
              measureRef={printing ? undefined : virtualizer.measureElement}
            />
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A card asked to take focus (after a keyboard move, an undo, a return from its workspace)
 * may be outside the drawn range: scroll it into range so it is drawn and takes focus.
 */
function useScrollToRequestedCard(
  stage: Stage,
  products: readonly Product[],
  scrollToIndex: (index: number) => void,
) {
  const requested = useUi((s) =>
    s.focusRequest?.list === 'board' && s.focusRequest.stage === stage ? s.focusRequest.id : null,
  );
  const scroll = useRef(scrollToIndex);
  useEffect(() => {
    scroll.current = scrollToIndex;
  });
  useEffect(() => {
    if (requested === null) return;
    const index = products.findIndex((product) => product.id === requested);
    if (index >= 0) scroll.current(index);
  }, [requested, products]);
}

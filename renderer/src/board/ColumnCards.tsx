/**
 * A column's cards. Long columns draw only the cards in view (and a few either side) inside
 * padding as tall as the cards they skip, so a stage with thousands of products scrolls and
 * drags as lightly as one with ten. Short columns draw every card: nothing to gain there.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Stage } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import { measureRowsLazily } from '../ui/measure-rows';
import { ProductCard } from './ProductCard';

/** Columns with at least this many cards are virtualised. */
export const VIRTUAL_FROM = 40;
const ESTIMATED_CARD_HEIGHT = 140;
const CARD_GAP = 8;
const PADDING_TOP = 4;
const PADDING_BOTTOM = 12;

interface ColumnCardsProps {
  stage: Stage;
  products: readonly Product[];
  now: Date;
}

export function ColumnCards(props: ColumnCardsProps) {
  if (props.products.length < VIRTUAL_FROM) {
    return (
      <ul className="column-cards">
        {props.products.map((product, position) => (
          <ProductCard key={product.id} product={product} now={props.now} position={position} />
        ))}
      </ul>
    );
  }
  return <VirtualColumnCards {...props} />;
}

function VirtualColumnCards({ stage, products, now }: ColumnCardsProps) {
  const listRef = useRef<HTMLDivElement>(null);
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
  const items = virtualizer.getVirtualItems();
  const skippedAbove = items[0]?.start ?? 0;
  const skippedBelow = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  // The scrolling box wraps the list: padding on a flex item cannot shrink, so the box that
  // scrolls must not carry the padding that stands in for the skipped cards.
  return (
    <div ref={listRef} className="column-scroll">
      <ul
        className="column-cards column-cards-virtual"
        style={{
          paddingTop: PADDING_TOP + skippedAbove,
          paddingBottom: PADDING_BOTTOM + skippedBelow,
        }}
      >
        {items.map((item) => {
          const product = products[item.index];
          if (!product) return null;
          return (
            <ProductCard
              key={product.id}
              product={product}
              now={now}
              position={item.index}
              index={item.index}
              measureRef={virtualizer.measureElement}
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

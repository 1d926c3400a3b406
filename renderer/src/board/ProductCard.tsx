/**
 * One product on the board. The name is a button that opens the product and takes the
 * Alt+Arrow moves; the whole card is the mouse drag handle; the menu is a separate button.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { STAGE_LABELS } from '../../../shared/domain/lifecycle';
import { ARROW_DIRECTIONS, daysInStage, formatDays } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import { useFocusWhenRequested } from '../commands/focus-request';
import { stepProduct } from './board-commands';
import { CardMenu } from './CardMenu';
import { CardSignals } from './CardSignals';
import { CardIcon } from '../ui/CardIcon';

interface ProductCardProps {
  product: Product;
  now: Date;
  /** The card's position in its column: where a keyboard move asks it to take focus. */
  position: number;
  /** How many cards its column holds, drawn or not: told to assistive technology. */
  count: number;
  /** Measures the card's height for the column's virtualiser. */
  measureRef?: (element: HTMLElement | null) => void;
}

/**
 * Cards make room for a card dragged in from another stage at once rather than sliding: the
 * slide measured every drawn card after the hover and drew them all a second time, which at
 * thousands of products held the frame in which the card crossed for 60 ms and more. Within
 * a stage the cards still slide aside as the dragged card passes them.
 */
const stayInPlace = () => false;

function ProductCardView({ product, now, position, count, measureRef }: ProductCardProps) {
  const nameId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: product.id,
    data: { stage: product.stage },
    animateLayoutChanges: stayInPlace,
  });
  const setRefs = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measureRef?.(element);
    },
    [setNodeRef, measureRef],
  );

  const drawnAt = { list: 'board', id: product.id, stage: product.stage, index: position } as const;
  useFocusWhenRequested(drawnAt, () => {
    buttonRef.current?.focus();
    buttonRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  return (
    <li
      ref={setRefs}
      data-index={position}
      // A column draws only the cards in view, so each says where it stands in the whole list.
      aria-posinset={position + 1}
      aria-setsize={count}
      className={`card${isDragging ? ' card-dragging' : ''}${product.archived ? ' card-archived' : ''}`}
      data-stage={product.stage}
      data-product-id={product.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
    >
      <CardContent product={product} now={now} nameId={nameId} buttonRef={buttonRef} />
    </li>
  );
}

interface CardContentProps {
  product: Product;
  now: Date;
  nameId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * What the card shows. Every drawn card's drag state is drawn again whenever a drag moves
 * over another card; the contents are not, so a drag stays within a frame however many cards
 * are on screen.
 */
const CardContent = memo(function CardContent({
  product,
  now,
  nameId,
  buttonRef,
}: CardContentProps) {
  const showView = useUi((s) => s.showView);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void stepProduct(product, direction);
  }

  const days = daysInStage(product, now);
  return (
    <>
      <div className="card-top">
        <button
          ref={buttonRef}
          type="button"
          className="card-name"
          id={nameId}
          onClick={() => showView({ kind: 'product', productId: product.id, section: 'overview' })}
          onKeyDown={onKeyDown}
        >
          {product.name}
        </button>
        <CardMenu product={product} nameId={nameId} />
      </div>
      {product.summary && <p className="card-summary">{product.summary}</p>}
      {product.tags.length > 0 && (
        <ul className="card-tags" aria-label="Tags">
          {product.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <CardSignals product={product} now={now} />
      <div className="card-footer">
        {product.owner ? (
          <span className="card-owner" title={`Owner: ${product.owner}`}>
            <span className="avatar" aria-hidden="true">
              {initials(product.owner)}
            </span>
            <span className="card-owner-name">{product.owner}</span>
          </span>
        ) : (
          <span className="card-owner card-owner-none">No owner</span>
        )}
        <span
          className="card-age"
          title={`In ${STAGE_LABELS[product.stage]} for ${formatDays(days)}`}
        >
          <CardIcon name="clock" />
          {formatDays(days)}
          <span className="sr-only"> in stage</span>
        </span>
        {product.archived && <span className="archived-badge">Archived</span>}
      </div>
    </>
  );
});

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((part) => Array.from(part ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

export const ProductCard = memo(ProductCardView);

/**
 * One horizon of the roadmap. A long column draws only the items in view, so a portfolio of
 * thousands of items opens at once; an item moved here by keyboard is drawn to take focus.
 */
import { useDroppable } from '@dnd-kit/core';
import { useId, useMemo } from 'react';
import { HORIZON_LABELS, type RoadmapItem } from '../../../../shared/domain/roadmap';
import type { Horizon } from '../../../../shared/domain/workspace';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { SpacerItem } from '../../ui/VirtualSpacer';
import { RoadmapCard } from './RoadmapCard';
import { useUi } from '../../store';

const ESTIMATED_CARD_HEIGHT = 76;
const CARD_GAP = 8;

const HINTS: Record<Horizon, string> = {
  now: 'Being built, or due within a month.',
  next: 'Planned for the coming months.',
  later: 'Ideas and work further out.',
};

interface RoadmapColumnProps {
  horizon: Horizon;
  /** The column's items in order: as it opens, only its first screenful of them. */
  items: RoadmapItem[];
  /** How many items the column holds in all. */
  count: number;
}

export function RoadmapColumn({ horizon, items, count: total }: RoadmapColumnProps) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: `horizon:${horizon}` });
  // The item a keyboard move sent here is drawn (scrolled to) so that it can take focus.
  const focusId = useUi((s) => {
    const request = s.focusRequest;
    return request?.list === 'roadmap' && request.horizon === horizon ? request.id : null;
  });
  const keys = useMemo(() => items.map((item) => item.backlogItem.id), [items]);
  const {
    attach,
    indexes: drawn,
    before,
    after,
    measure,
  } = useVirtualRows<HTMLUListElement>({
    keys,
    estimateSize: ESTIMATED_CARD_HEIGHT,
    gap: CARD_GAP,
    wanted: focusId === null ? -1 : keys.indexOf(focusId),
  });
  const count = `${total} ${total === 1 ? 'item' : 'items'}`;
  return (
    <section
      ref={setNodeRef}
      className={`roadmap-column${isOver ? ' roadmap-column-over' : ''}`}
      aria-labelledby={headingId}
      data-horizon={horizon}
    >
      <header className="roadmap-column-header">
        <h2 id={headingId}>
          {HORIZON_LABELS[horizon]} <span className="sr-only">{count}</span>
        </h2>
        <span className="pill" aria-hidden="true">
          {total}
        </span>
      </header>
      <p className="roadmap-column-hint">{HINTS[horizon]}</p>
      {total === 0 ? (
        <p className="roadmap-empty">Nothing here.</p>
      ) : (
        <ul ref={attach} className="roadmap-cards">
          <SpacerItem height={before} />
          {drawn.map((index) => {
            const item = items[index];
            return item ? (
              <RoadmapCard
                key={item.backlogItem.id}
                item={item}
                index={index}
                measureRef={measure}
              />
            ) : null;
          })}
          <SpacerItem height={after} />
        </ul>
      )}
    </section>
  );
}

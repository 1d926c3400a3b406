/** One horizon of the roadmap; long columns show their first items and grow on request. */
import { useDroppable } from '@dnd-kit/core';
import { useId, useState } from 'react';
import { HORIZON_LABELS, type RoadmapItem } from '../../../../shared/domain/roadmap';
import type { Horizon } from '../../../../shared/domain/workspace';
import { RoadmapCard } from './RoadmapCard';

const FIRST_SHOWN = 100;
const MORE_STEP = 200;

const HINTS: Record<Horizon, string> = {
  now: 'Being built, or due within a month.',
  next: 'Planned for the coming months.',
  later: 'Ideas and work further out.',
};

export function RoadmapColumn({ horizon, items }: { horizon: Horizon; items: RoadmapItem[] }) {
  const headingId = useId();
  const [limit, setLimit] = useState(FIRST_SHOWN);
  const { setNodeRef, isOver } = useDroppable({ id: `horizon:${horizon}` });
  const shown = items.slice(0, limit);
  const count = `${items.length} ${items.length === 1 ? 'item' : 'items'}`;
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
          {items.length}
        </span>
      </header>
      <p className="roadmap-column-hint">{HINTS[horizon]}</p>
      {items.length === 0 ? (
        <p className="roadmap-empty">Nothing here.</p>
      ) : (
        <ul className="roadmap-cards">
          {shown.map((item) => (
            <RoadmapCard key={item.backlogItem.id} item={item} />
          ))}
        </ul>
      )}
      {items.length > shown.length && (
        <button
          type="button"
          className="button button-quiet roadmap-more"
          onClick={() => setLimit(limit + MORE_STEP)}
        >
          Show {Math.min(MORE_STEP, items.length - shown.length)} more of{' '}
          {items.length - shown.length}
        </button>
      )}
    </section>
  );
}

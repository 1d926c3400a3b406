/** One lifecycle stage: a labelled region with its count, its cards, and its own add button. */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import { memo, useId, useMemo } from 'react';
import { STAGE_LABELS, STAGE_PURPOSE, type Stage } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { useUi } from '../store';
import { ColumnCards } from './ColumnCards';

interface StageColumnProps {
  stage: Stage;
  products: readonly Product[];
  now: Date;
  filtered: boolean;
}

export function columnDropId(stage: Stage): string {
  return `column:${stage}`;
}

function StageColumnView({ stage, products, now, filtered }: StageColumnProps) {
  const headingId = useId();
  const openDialog = useUi((s) => s.openDialog);
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage), data: { stage } });
  const count = products.length;
  const ids = useMemo(() => products.map((p) => p.id), [products]);
  return (
    <section
      ref={setNodeRef}
      className={`column${isOver ? ' column-over' : ''}`}
      data-stage={stage}
      aria-labelledby={headingId}
    >
      <header className="column-header">
        <h2 id={headingId} className="column-title">
          <span className="stage-dot" aria-hidden="true" />
          {STAGE_LABELS[stage]}
          <span className="column-count" aria-hidden="true">
            {count}
          </span>
          <span className="sr-only">{`${count} ${count === 1 ? 'product' : 'products'}`}</span>
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={`Add product to ${STAGE_LABELS[stage]}`}
          title={`Add product to ${STAGE_LABELS[stage]}`}
          onClick={() => openDialog({ kind: 'new-product', stage })}
        >
          <Plus size={16} aria-hidden="true" />
        </button>
      </header>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ColumnCards stage={stage} products={products} now={now} />
      </SortableContext>
      {count === 0 && (
        <p className="column-empty">
          {filtered ? 'No matches in this stage.' : STAGE_PURPOSE[stage]}
        </p>
      )}
    </section>
  );
}

/** Drawn again only when its own cards change, not when another column's do. */
export const StageColumn = memo(StageColumnView);

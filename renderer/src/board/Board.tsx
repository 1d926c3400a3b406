/** The kanban board: six stage columns, drag and drop between them. */
import './board.css';
import '../ui/card.css';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { memo, useEffect, useRef, useState } from 'react';
import { STAGES } from '../../../shared/domain/lifecycle';
import { ARROW_DIRECTIONS } from '../../../shared/domain/moves';
import { pendingBoardFocus } from '../commands/focus-request';
import { stepProduct, type BoardColumns } from './board-commands';
import { publishColumns } from './latest-columns';
import { StageColumn } from './StageColumn';
import { useBoardDrag } from './useBoardDrag';

/** The current time, refreshed every minute so "days in stage" rolls over at midnight. */
function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Alt+Arrow presses made while a moved card is between columns: it has left its old column
 * and not yet taken focus in the new one, so focus is on the page itself. They belong to the
 * card whose focus request is pending.
 */
function useKeysBetweenColumns(columns: BoardColumns): void {
  const latest = useRef(columns);
  useEffect(() => {
    latest.current = columns;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = ARROW_DIRECTIONS[event.key];
      const pending = pendingBoardFocus();
      if (!direction || !event.altKey || !pending || document.activeElement !== document.body) {
        return;
      }
      const product = STAGES.flatMap((stage) => latest.current[stage]).find(
        (p) => p.id === pending.id,
      );
      if (!product) return;
      event.preventDefault();
      void stepProduct(product, direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function BoardView({ columns, filtered }: { columns: BoardColumns; filtered: boolean }) {
  const now = useNow();
  const drag = useBoardDrag(columns);
  useEffect(() => publishColumns(columns), [columns]);
  useKeysBetweenColumns(columns);
  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={drag.collisionDetection}
      {...drag.handlers}
      accessibility={{ restoreFocus: false }}
    >
      <div className="board">
        {STAGES.map((stage) => (
          <StageColumn
            key={stage}
            stage={stage}
            products={drag.shown[stage]}
            now={now}
            filtered={filtered}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {drag.activeProduct && (
          <div className="card card-overlay" data-stage={drag.activeProduct.stage}>
            <span className="card-name">{drag.activeProduct.name}</span>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/** Drawn again only when its columns change: a key press in the search box leaves it be. */
export const Board = memo(BoardView);

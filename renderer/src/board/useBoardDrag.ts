/**
 * Mouse drag and drop across and within stages (dnd-kit). While a card is dragged the board
 * shows a preview order in which the card has already moved, so other cards make room where
 * it will land; on drop one repository move writes the result.
 */
import {
  PointerSensor,
  closestCenter,
  closestCorners,
  pointerWithin,
  type CollisionDetection,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'react';
import { STAGES, isStage, type Stage } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { moveProductOnBoard, type BoardColumns } from './board-commands';

type Order = Record<Stage, string[]>;

function orderOf(columns: BoardColumns): Order {
  return Object.fromEntries(STAGES.map((s) => [s, columns[s].map((p) => p.id)])) as Order;
}

function stageOf(order: Order, id: string): Stage | null {
  if (id.startsWith('column:')) {
    const stage = id.slice('column:'.length);
    return isStage(stage) ? stage : null;
  }
  return STAGES.find((stage) => order[stage].includes(id)) ?? null;
}

const isColumnId = (id: string) => id.startsWith('column:');

/**
 * What the pointer is over: the card under it; else, inside a column, that column's nearest
 * card (or the column itself when it is empty); else whatever is closest.
 */
function collisionFor(order: Order | null): CollisionDetection {
  return (args) => {
    const hits = pointerWithin(args);
    const card = hits.find((hit) => !isColumnId(String(hit.id)));
    if (card) return [card];
    const column = hits.find((hit) => isColumnId(String(hit.id)));
    const stage = column && order ? stageOf(order, String(column.id)) : null;
    if (column && stage && order) {
      const ids = new Set(order[stage]);
      const cards = args.droppableContainers.filter((c) => ids.has(String(c.id)));
      return cards.length > 0 ? closestCenter({ ...args, droppableContainers: cards }) : [column];
    }
    return closestCorners(args);
  };
}

export function useBoardDrag(columns: BoardColumns) {
  const [order, setOrder] = useState<Order | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // After a drop the preview stays up until the database's answer reaches `columns`;
  // clearing it earlier would flash the card back in its old place for a frame.
  const awaitingDrop = useRef(false);
  useEffect(() => {
    if (!awaitingDrop.current) return;
    awaitingDrop.current = false;
    setOrder(null);
  }, [columns]);
  // A few pixels of travel before a drag starts, so clicks on the card's buttons stay clicks.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const byId = new Map<string, Product>();
  for (const stage of STAGES) for (const p of columns[stage]) byId.set(p.id, p);

  const shown: BoardColumns = order
    ? (Object.fromEntries(
        STAGES.map((stage) => [
          stage,
          order[stage].map((id) => byId.get(id)).filter((p): p is Product => p !== undefined),
        ]),
      ) as BoardColumns)
    : columns;

  function onDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
    setOrder(orderOf(columns));
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over || !order) return;
    const id = String(active.id);
    const from = stageOf(order, id);
    const to = stageOf(order, String(over.id));
    if (!from || !to || from === to) return;
    // Crossing into another stage: insert before or after the hovered card, by which half
    // of it the dragged card's middle is over (or at the end of the column).
    const dragged = active.rect.current.translated;
    const below = dragged
      ? dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2
      : false;
    setOrder((current) => {
      if (!current) return current;
      const target = current[to];
      const overIndex = target.indexOf(String(over.id));
      const at = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
      return {
        ...current,
        [from]: current[from].filter((x) => x !== id),
        [to]: [...target.slice(0, at), id, ...target.slice(at)],
      };
    });
  }

  function finish() {
    awaitingDrop.current = false;
    setOrder(null);
    setActiveId(null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id);
    const product = byId.get(id);
    if (!over || !order || !product) return finish();
    const stage = stageOf(order, id);
    if (!stage) return finish();
    let final = order[stage];
    const overIndex = final.indexOf(String(over.id));
    const activeIndex = final.indexOf(id);
    if (overIndex >= 0 && overIndex !== activeIndex)
      final = arrayMove(final, activeIndex, overIndex);
    const index = final.indexOf(id);
    const unchanged = stage === product.stage && columns[stage][index]?.id === id;
    if (unchanged) return finish();
    awaitingDrop.current = true;
    setActiveId(null);
    void moveProductOnBoard(product, stage, index, columns[stage]).then((moved) => {
      if (!moved) finish();
    });
  }

  return {
    sensors,
    collisionDetection: collisionFor(order),
    shown,
    activeProduct: activeId ? (byId.get(activeId) ?? null) : null,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel: finish },
  };
}

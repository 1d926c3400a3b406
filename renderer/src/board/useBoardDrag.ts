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
  type Active,
  type CollisionDetection,
  type Over,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { STAGES } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { holdKeptFacts } from '../db/card-summary';
import { moveProductOnBoard, type BoardColumns } from './board-commands';
import { crossInto, dropPlacement, isColumnId, stageOf, type Order } from './drag-order';

function orderOf(columns: BoardColumns): Order {
  return Object.fromEntries(STAGES.map((s) => [s, columns[s].map((p) => p.id)])) as Order;
}

function sameIds(ids: readonly string[], products: readonly Product[]): boolean {
  return ids.length === products.length && ids.every((id, at) => products[at]?.id === id);
}

/** Whether the dragged card's middle is below the middle of what it is over. */
function isBelow(active: Active, over: Over): boolean {
  const dragged = active.rect.current.translated;
  return dragged ? dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2 : false;
}

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
  // The order as of the last event, kept apart from what was last drawn: dnd-kit may deliver
  // the drop before React has redrawn the hovers before it (a busy machine), and the drop
  // must go where the pointer was, not where the last frame showed the card.
  const latestOrder = useRef<Order | null>(null);
  // After a drop the preview stays up until the database's answer reaches `columns`;
  // clearing it earlier would flash the card back in its old place for a frame.
  const awaitingDrop = useRef(false);
  useEffect(() => {
    if (!awaitingDrop.current) return;
    awaitingDrop.current = false;
    latestOrder.current = null;
    setOrder(null);
  }, [columns]);
  // A few pixels of travel before a drag starts, so clicks on the card's buttons stay clicks.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  // Built once per board, not on every hover a drag redraws.
  const byId = useMemo(() => {
    const map = new Map<string, Product>();
    for (const stage of STAGES) for (const p of columns[stage]) map.set(p.id, p);
    return map;
  }, [columns]);

  // A column the drag leaves as it was keeps its array, so it is not drawn again.
  const shown: BoardColumns = order
    ? (Object.fromEntries(
        STAGES.map((stage) => [
          stage,
          sameIds(order[stage], columns[stage])
            ? columns[stage]
            : order[stage].map((id) => byId.get(id)).filter((p): p is Product => p !== undefined),
        ]),
      ) as BoardColumns)
    : columns;

  function show(next: Order | null) {
    latestOrder.current = next;
    setOrder(next);
  }

  // Cards the drag draws anew get their signals after they are drawn (holdKeptFacts says why),
  // from its start until the stored order is shown again.
  useEffect(() => {
    if (order === null) holdKeptFacts(false);
  }, [order]);
  useEffect(() => () => holdKeptFacts(false), []);

  function onDragStart(event: DragStartEvent) {
    holdKeptFacts(true);
    setActiveId(String(event.active.id));
    show(orderOf(columns));
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const current = latestOrder.current;
    if (!over || !current) return;
    // Crossing into another stage: insert before or after the hovered card, by which half
    // of it the dragged card's middle is over (or at the end of the column).
    const next = crossInto(current, String(active.id), String(over.id), isBelow(active, over));
    if (next !== current) show(next);
  }

  function finish() {
    awaitingDrop.current = false;
    show(null);
    setActiveId(null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id);
    const product = byId.get(id);
    const current = latestOrder.current;
    if (!over || !current || !product) return finish();
    const placed = dropPlacement(current, id, String(over.id), isBelow(active, over));
    if (!placed) return finish();
    const { stage, index } = placed;
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

/**
 * Where a dragged card is shown and where it lands, as pure functions of the board's order.
 * The drop is worked out from the order and the target dnd-kit reports at the moment of the
 * drop, not from what was last drawn: on a busy machine the drop can arrive before the board
 * has redrawn the last hover, and the card must land where it was dropped all the same.
 */
import { arrayMove } from '@dnd-kit/sortable';
import { STAGES, isStage, type Stage } from '../../../shared/domain/lifecycle';

export type Order = Record<Stage, string[]>;

export const isColumnId = (id: string) => id.startsWith('column:');

/** The stage a card or a column's id belongs to in `order`, or null. */
export function stageOf(order: Order, id: string): Stage | null {
  if (isColumnId(id)) {
    const stage = id.slice('column:'.length);
    return isStage(stage) ? stage : null;
  }
  return STAGES.find((stage) => order[stage].includes(id)) ?? null;
}

/**
 * The order with card `id` moved into the stage of `overId` (a card or a column) when it is in
 * another stage: before or after the card it is over, by `below`, or at the column's end.
 * The same order when it is already there.
 */
export function crossInto(order: Order, id: string, overId: string, below: boolean): Order {
  const from = stageOf(order, id);
  const to = stageOf(order, overId);
  if (!from || !to || from === to) return order;
  const target = order[to];
  const overIndex = target.indexOf(overId);
  const at = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
  return {
    ...order,
    [from]: order[from].filter((x) => x !== id),
    [to]: [...target.slice(0, at), id, ...target.slice(at)],
  };
}

/**
 * Where card `id` lands when dropped over `overId`: its stage and index, and the order the
 * board shows until the database answers. Dropped into another stage than the order has it
 * in (the hover there was never drawn), it goes before or after the card it is over, as a
 * drawn hover would have put it. Within its stage, dropped on another card, it takes that
 * card's place.
 */
export function dropPlacement(
  order: Order,
  id: string,
  overId: string,
  below: boolean,
): { stage: Stage; index: number; order: Order } | null {
  const crossed = crossInto(order, id, overId, below);
  const stage = stageOf(crossed, id);
  if (!stage) return null;
  let final = crossed[stage];
  const overIndex = final.indexOf(overId);
  const activeIndex = final.indexOf(id);
  if (crossed === order && overIndex >= 0 && overIndex !== activeIndex) {
    final = arrayMove(final, activeIndex, overIndex);
  }
  return { stage, index: final.indexOf(id), order: { ...crossed, [stage]: final } };
}

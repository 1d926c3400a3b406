/**
 * Moving backlog items between Now, Next and Later: one command for drag and drop, the
 * keyboard and the card menu, so each records undo and speaks to the live region alike.
 */
import {
  HORIZON_LABELS,
  adjacentHorizon,
  type RoadmapItem,
} from '../../../../shared/domain/roadmap';
import type { Horizon } from '../../../../shared/domain/workspace';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { setBacklogItemHorizon } from '../../db/portfolio';
import { useUi } from '../../store';

/**
 * The item that should take focus when it shows in its new column. The column matters: the
 * card it leaves may draw again before the move is stored, and must not take focus then.
 */
let pendingFocus: { id: string; horizon: Horizon } | null = null;

/** The item waiting to take focus in this column, so a long column can draw it first. */
export const pendingFocusIn = (horizon: Horizon): string | null =>
  pendingFocus?.horizon === horizon ? pendingFocus.id : null;

export function takePendingFocus(backlogItemId: string, horizon: Horizon): boolean {
  if (pendingFocus?.id !== backlogItemId || pendingFocus.horizon !== horizon) return false;
  pendingFocus = null;
  return true;
}

export async function moveToHorizon(item: RoadmapItem, horizon: Horizon): Promise<void> {
  if (horizon === item.horizon) return;
  const { backlogItem } = item;
  pendingFocus = { id: backlogItem.id, horizon };
  const moved = await perform(`Move ${backlogItem.title} to ${HORIZON_LABELS[horizon]}`, () =>
    setBacklogItemHorizon(db, backlogItem.id, horizon),
  );
  if (!moved) {
    pendingFocus = null;
    return;
  }
  useUi.getState().announce(`Moved ${backlogItem.title} to ${HORIZON_LABELS[horizon]}.`);
}

export async function stepHorizon(item: RoadmapItem, step: -1 | 1): Promise<void> {
  const target = adjacentHorizon(item.horizon, step);
  if (!target) {
    const edge = step < 0 ? 'Now' : 'Later';
    useUi.getState().announce(`${item.backlogItem.title} is already in ${edge}.`);
    return;
  }
  await moveToHorizon(item, target);
}

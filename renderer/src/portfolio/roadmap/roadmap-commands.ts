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
import { requestFocus } from '../../commands/focus-request';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { setBacklogItemHorizon } from '../../db/portfolio';
import { useUi } from '../../store';

export async function moveToHorizon(item: RoadmapItem, horizon: Horizon): Promise<void> {
  if (horizon === item.horizon) return;
  const { backlogItem } = item;
  const moved = await perform(`Move ${backlogItem.title} to ${HORIZON_LABELS[horizon]}`, () =>
    setBacklogItemHorizon(db, backlogItem.id, horizon),
  );
  if (!moved) return;
  requestFocus({ list: 'roadmap', id: backlogItem.id, horizon });
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

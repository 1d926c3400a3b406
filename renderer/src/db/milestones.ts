/**
 * Milestone repository: the only code that writes milestones. Each function checks its input,
 * reads and writes in one transaction, and returns the changes it made so the caller can
 * offer undo. A refused write throws before anything is written. Backlog items may point at a
 * milestone; deleting the milestone clears those links in the same change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { isCalendarDate, localCalendarDate } from '../../../shared/domain/calendar';
import {
  checkMilestoneTitle,
  nextMilestone,
  sortMilestones,
  type NextMilestone,
} from '../../../shared/domain/milestones';
import type { Milestone } from '../../../shared/domain/product';
import { newId, nowIso } from '../../../shared/domain/records';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as windowDb } from './index';
import { InvalidInputError, commit, getRecord, updateRecords } from './repository';

export type MilestonePatch = Partial<Pick<Milestone, 'title' | 'date' | 'done'>>;
export type MilestoneDraft = Pick<Milestone, 'title' | 'date'>;

function checkPatch(patch: MilestonePatch): MilestonePatch {
  const checked: MilestonePatch = { ...patch };
  if (patch.title !== undefined) {
    const title = checkMilestoneTitle(patch.title);
    if (!title.ok) throw new InvalidInputError(title.message);
    checked.title = title.value;
  }
  if (patch.date !== undefined && !isCalendarDate(patch.date)) {
    throw new InvalidInputError(`“${patch.date}” is not a date.`);
  }
  if (patch.done !== undefined && typeof patch.done !== 'boolean') {
    throw new InvalidInputError('A milestone is either done or not.');
  }
  return checked;
}

export function createMilestone(
  db: PlannerDb,
  productId: string,
  draft: MilestoneDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkPatch(draft) as MilestoneDraft;
    const product = await getRecord(db, 'products', productId);
    const at = nowIso(now);
    const milestone: Milestone = {
      id: newId(),
      planId: product.planId,
      productId,
      title: checked.title,
      date: checked.date,
      done: false,
      createdAt: at,
      updatedAt: at,
    };
    return commit(db, [{ table: 'milestones', before: null, after: milestone }]);
  });
}

export function updateMilestone(
  db: PlannerDb,
  id: string,
  patch: MilestonePatch,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkPatch(patch);
    return updateRecords(db, 'milestones', [id], (before) => ({
      ...before,
      ...checked,
      updatedAt: nowIso(now),
    }));
  });
}

/** Flips done, reading the stored state so a stale screen cannot flip it the wrong way. */
export function toggleMilestoneDone(
  db: PlannerDb,
  id: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () =>
    updateRecords(db, 'milestones', [id], (before) => ({
      ...before,
      done: !before.done,
      updatedAt: nowIso(now),
    })),
  );
}

export function deleteMilestone(
  db: PlannerDb,
  id: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'milestones', id);
    const at = nowIso(now);
    // Backlog items have no milestone index; a product's backlog is read by its own index.
    const linked = (
      await db.backlogItems.where('productId').equals(before.productId).toArray()
    ).filter((backlogItem) => backlogItem.milestoneId === id);
    const changes: RecordChange[] = linked.map((backlogItem) => ({
      table: 'backlogItems',
      before: backlogItem,
      after: { ...backlogItem, milestoneId: null, updatedAt: at },
    }));
    changes.push({ table: 'milestones', before, after: null });
    return commit(db, changes);
  });
}

/** A product's milestones by date (then title), done ones included in their place. */
export function useMilestones(productId: string): Milestone[] | undefined {
  return useLiveQuery(
    async () =>
      sortMilestones(await windowDb.milestones.where('productId').equals(productId).toArray()),
    [productId],
  );
}

/**
 * The milestone a card shows: the earliest open one, flagged when overdue (see
 * nextMilestone). `today` is the caller's calendar date, so a card can refresh at midnight.
 */
export function useNextMilestone(
  productId: string,
  today: string = localCalendarDate(new Date()),
): NextMilestone<Milestone> | null | undefined {
  return useLiveQuery(
    async () =>
      nextMilestone(
        await windowDb.milestones.where('productId').equals(productId).toArray(),
        today,
      ),
    [productId, today],
  );
}

/** Each product's next milestone in a plan, for a board that shows many cards at once. */
export async function planNextMilestones(
  db: PlannerDb,
  planId: string,
  today: string,
): Promise<Map<string, NextMilestone<Milestone>>> {
  const byProduct = new Map<string, Milestone[]>();
  for (const milestone of await db.milestones.where('planId').equals(planId).toArray()) {
    const list = byProduct.get(milestone.productId) ?? [];
    list.push(milestone);
    byProduct.set(milestone.productId, list);
  }
  const result = new Map<string, NextMilestone<Milestone>>();
  for (const [productId, list] of byProduct) {
    const next = nextMilestone(list, today);
    if (next) result.set(productId, next);
  }
  return result;
}

export function usePlanNextMilestones(
  planId: string | null,
  today: string = localCalendarDate(new Date()),
): Map<string, NextMilestone<Milestone>> | undefined {
  return useLiveQuery(
    async () =>
      planId
        ? planNextMilestones(windowDb, planId, today)
        : new Map<string, NextMilestone<Milestone>>(),
    [planId, today],
  );
}

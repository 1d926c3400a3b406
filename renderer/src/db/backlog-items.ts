/**
 * Backlog repository: the only code that writes backlog items. Each function
 * checks its input, reads and writes in one transaction, and returns the changes it made so
 * the caller can offer undo. A refused write throws before anything is written.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { statusChange } from '../../../shared/domain/backlog';
import { isCalendarDate, localCalendarDate } from '../../../shared/domain/calendar';
import { placeAt, rankAtEnd, sortByRank } from '../../../shared/domain/moves';
import { checkName, MAX_SUMMARY_LENGTH } from '../../../shared/domain/product';
import { newId, nowIso } from '../../../shared/domain/records';
import {
  isValidConfidence,
  isValidEffort,
  isValidImpact,
  isValidReach,
} from '../../../shared/domain/rice';
import {
  BACKLOG_STATUSES,
  HORIZONS,
  MOSCOW,
  type BacklogItem,
  type BacklogStatus,
  type Moscow,
} from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as windowDb } from './index';
import { InvalidInputError, RecordNotFoundError } from './repository';
import { commit, getRecord, rerankChanges, updateRecords } from './repository';

/** The fields a user edits; everything else is the repository's to keep. */
export type BacklogItemPatch = Partial<
  Pick<
    BacklogItem,
    | 'title'
    | 'description'
    | 'status'
    | 'moscow'
    | 'reach'
    | 'impact'
    | 'confidence'
    | 'effort'
    | 'horizon'
    | 'milestoneId'
    | 'releaseId'
    | 'shippedOn'
  >
>;

export type BacklogItemDraft = BacklogItemPatch & { title: string };

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const estimate = (value: number | null | undefined, valid: (n: number) => boolean) =>
  value === undefined || value === null || (typeof value === 'number' && valid(value));

/** Checks a patch, returning it with the title tidied; throws on the first bad field. */
function checkPatch(patch: BacklogItemPatch): BacklogItemPatch {
  const checked: BacklogItemPatch = { ...patch };
  if (patch.title !== undefined) {
    const title = checkName(patch.title, 'backlog item');
    if (!title.ok) throw new InvalidInputError(title.message);
    checked.title = title.value;
  }
  const problems: [boolean, string][] = [
    [
      patch.description === undefined || patch.description.length <= MAX_SUMMARY_LENGTH,
      `The description is too long; keep it to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`,
    ],
    [patch.status === undefined || oneOf(BACKLOG_STATUSES, patch.status), 'Unknown status.'],
    [
      patch.moscow === undefined || patch.moscow === null || oneOf(MOSCOW, patch.moscow),
      'Unknown MoSCoW category.',
    ],
    [
      patch.horizon === undefined || patch.horizon === null || oneOf(HORIZONS, patch.horizon),
      'Unknown horizon.',
    ],
    [estimate(patch.reach, isValidReach), 'Reach is a count: 0 or more.'],
    [estimate(patch.impact, isValidImpact), 'Impact is one of 0.25, 0.5, 1, 2 or 3.'],
    [estimate(patch.confidence, isValidConfidence), 'Confidence is a percentage from 0 to 100.'],
    [estimate(patch.effort, isValidEffort), 'Effort is in person-months and more than 0.'],
    [
      patch.shippedOn === undefined || patch.shippedOn === null || isCalendarDate(patch.shippedOn),
      'The ship date must be a calendar date (YYYY-MM-DD).',
    ],
  ];
  const problem = problems.find(([ok]) => !ok);
  if (problem) throw new InvalidInputError(problem[1]);
  return checked;
}

function productBacklog(db: PlannerDb, productId: string): Promise<BacklogItem[]> {
  return db.backlogItems.where('productId').equals(productId).toArray();
}

/** The record after a patch, or null when the patch changes nothing. */
function patched(before: BacklogItem, patch: BacklogItemPatch, now: Date): BacklogItem | null {
  const next: BacklogItem = { ...before, ...patch };
  // A ship date only ever sits on a shipped item.
  if (patch.status !== undefined || patch.shippedOn !== undefined) {
    Object.assign(next, statusChange(next, next.status, localCalendarDate(now)));
  }
  const fields = Object.keys(next) as (keyof BacklogItem)[];
  if (fields.every((field) => Object.is(next[field], before[field]))) return null;
  return { ...next, updatedAt: nowIso(now) };
}

/** Adds a backlog item at the end of the product's backlog. */
export function createBacklogItem(
  db: PlannerDb,
  productId: string,
  draft: BacklogItemDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkPatch(draft);
    const product = await getRecord(db, 'products', productId);
    const at = nowIso(now);
    const status: BacklogStatus = checked.status ?? 'idea';
    const backlogItem: BacklogItem = {
      id: newId(),
      planId: product.planId,
      productId,
      title: checked.title as string,
      description: checked.description ?? '',
      moscow: checked.moscow ?? null,
      reach: checked.reach ?? null,
      impact: checked.impact ?? null,
      confidence: checked.confidence ?? null,
      effort: checked.effort ?? null,
      rank: rankAtEnd(await productBacklog(db, productId)),
      horizon: checked.horizon ?? null,
      milestoneId: checked.milestoneId ?? null,
      releaseId: checked.releaseId ?? null,
      ...statusChange(
        { status, shippedOn: checked.shippedOn ?? null },
        status,
        localCalendarDate(now),
      ),
      createdAt: at,
      updatedAt: at,
    };
    return commit(db, [{ table: 'backlogItems', before: null, after: backlogItem }]);
  });
}

/** Edits one item; shipping stamps today's date, leaving "shipped" clears it. */
export function updateBacklogItem(
  db: PlannerDb,
  id: string,
  patch: BacklogItemPatch,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return updateBacklogItems(db, [id], patch, now);
}

/** Sets the same fields on several items in one transaction (one undo step). */
export function updateBacklogItems(
  db: PlannerDb,
  ids: readonly string[],
  patch: BacklogItemPatch,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkPatch(patch);
    return updateRecords(db, 'backlogItems', ids, (before) => patched(before, checked, now));
  });
}

/** Sets status or MoSCoW on the selected items: the table's bulk bar. */
export function bulkSetBacklogItems(
  db: PlannerDb,
  ids: readonly string[],
  patch: { status?: BacklogStatus; moscow?: Moscow | null },
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return updateBacklogItems(db, ids, patch, now);
}

/**
 * Puts an item in the backlog's manual order right after `afterId` (first when null).
 * Placing by neighbour keeps the position right when the table hides some items.
 */
export function moveBacklogItem(
  db: PlannerDb,
  id: string,
  afterId: string | null,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'backlogItems', id);
    const others = sortByRank(
      (await productBacklog(db, before.productId)).filter((f) => f.id !== id),
    );
    const afterIndex = afterId === null ? -1 : others.findIndex((f) => f.id === afterId);
    if (afterId !== null && afterIndex < 0) throw new RecordNotFoundError('backlog item', afterId);
    const placement = placeAt(others, afterIndex + 1);
    const at = nowIso(now);
    const changes = rerankChanges('backlogItems', others, placement, at);
    if (placement.rank !== before.rank) {
      changes.push({
        table: 'backlogItems',
        before,
        after: { ...before, rank: placement.rank, updatedAt: at },
      });
    }
    return commit(db, changes);
  });
}

/**
 * Deletes items. Feedback linked to them stays and is unlinked in the same transaction, as
 * changes of its own, so undo brings the links back with the items.
 */
export function deleteBacklogItems(
  db: PlannerDb,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const at = nowIso(now);
    const changes: RecordChange[] = [];
    for (const id of new Set(ids)) {
      const before = await getRecord(db, 'backlogItems', id);
      const linked = await db.feedback.where('backlogItemId').equals(id).toArray();
      for (const entry of linked) {
        changes.push({
          table: 'feedback',
          before: entry,
          after: { ...entry, backlogItemId: null, updatedAt: at },
        });
      }
      changes.push({ table: 'backlogItems', before, after: null });
    }
    return commit(db, changes);
  });
}

export function deleteBacklogItem(db: PlannerDb, id: string, now: Date = new Date()) {
  return deleteBacklogItems(db, [id], now);
}

/** The product's backlog in manual order; undefined while loading. */
export function useBacklogItems(productId: string): BacklogItem[] | undefined {
  return useLiveQuery(
    async () => sortByRank(await productBacklog(windowDb, productId)),
    [productId],
  );
}

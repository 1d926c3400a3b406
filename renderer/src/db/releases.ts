/**
 * Release repository: a product's releases, and which shipped backlog items each holds
 * (the backlog item's releaseId). Deleting a release leaves its items shipped but unreleased, in the
 * same change, so undo puts them back in it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  checkReleaseDraft,
  compareReleasesNewestFirst,
  isShipped,
  type ReleaseDraft,
} from '../../../shared/domain/changelog';
import { newId, nowIso } from '../../../shared/domain/records';
import type { BacklogItem, Release } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as appDb } from './index';
import { commit, getRecord, updateRecords } from './repository';

async function checkedDraft(
  db: PlannerDb,
  productId: string,
  draft: ReleaseDraft,
  exceptId: string | null,
): Promise<ReleaseDraft> {
  const others = await db.releases.where('productId').equals(productId).toArray();
  const versions = others.filter((r) => r.id !== exceptId).map((r) => r.version);
  const check = checkReleaseDraft(draft, versions);
  if (!check.ok) throw new Error(Object.values(check.errors).join(' '));
  return check.value;
}

/** The changes that put `backlogItemIds` in `release` (or in none, for null), read not written. */
async function assignmentChanges(
  db: PlannerDb,
  productId: string,
  backlogItemIds: readonly string[],
  releaseId: string | null,
  at: string,
): Promise<RecordChange[]> {
  const changes: RecordChange[] = [];
  for (const id of backlogItemIds) {
    const backlogItem = await getRecord(db, 'backlogItems', id);
    if (backlogItem.productId !== productId) {
      throw new Error(`“${backlogItem.title}” belongs to another product.`);
    }
    if (releaseId !== null && !isShipped(backlogItem)) {
      throw new Error(
        `“${backlogItem.title}” has not shipped; only shipped items go in a release.`,
      );
    }
    if (backlogItem.releaseId === releaseId) continue;
    changes.push({
      table: 'backlogItems',
      before: backlogItem,
      after: { ...backlogItem, releaseId, updatedAt: at },
    });
  }
  return changes;
}

/** Creates a release, optionally holding shipped items from the start; `after` of the first change is it. */
export function createRelease(
  db: PlannerDb,
  productId: string,
  draft: ReleaseDraft,
  backlogItemIds: readonly string[] = [],
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const product = await getRecord(db, 'products', productId);
    const value = await checkedDraft(db, productId, draft, null);
    const at = nowIso(now);
    const release: Release = {
      id: newId(),
      planId: product.planId,
      productId,
      ...value,
      createdAt: at,
      updatedAt: at,
    };
    const changes: RecordChange[] = [{ table: 'releases', before: null, after: release }];
    changes.push(...(await assignmentChanges(db, productId, backlogItemIds, release.id, at)));
    return commit(db, changes);
  });
}

export function updateRelease(
  db: PlannerDb,
  id: string,
  draft: ReleaseDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () =>
    updateRecords(db, 'releases', [id], async (before) => {
      const value = await checkedDraft(db, before.productId, draft, id);
      const after: Release = { ...before, ...value, updatedAt: nowIso(now) };
      const same =
        after.version === before.version &&
        after.date === before.date &&
        after.notes === before.notes;
      return same ? null : after;
    }),
  );
}

export function deleteRelease(
  db: PlannerDb,
  id: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'releases', id);
    const at = nowIso(now);
    const items = await db.backlogItems
      .where('productId')
      .equals(before.productId)
      .filter((backlogItem) => backlogItem.releaseId === id)
      .toArray();
    const changes: RecordChange[] = items.map((backlogItem) => ({
      table: 'backlogItems',
      before: backlogItem,
      after: { ...backlogItem, releaseId: null, updatedAt: at },
    }));
    changes.push({ table: 'releases', before, after: null });
    return commit(db, changes);
  });
}

/** Puts shipped items in a release, or takes them out of any (releaseId null). */
export function assignToRelease(
  db: PlannerDb,
  backlogItemIds: readonly string[],
  releaseId: string | null,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const firstId = backlogItemIds[0];
    if (firstId === undefined) return [];
    const first = await getRecord(db, 'backlogItems', firstId);
    if (releaseId !== null) {
      const release = await getRecord(db, 'releases', releaseId);
      if (release.productId !== first.productId) {
        throw new Error('That release belongs to another product.');
      }
    }
    return commit(
      db,
      await assignmentChanges(db, first.productId, backlogItemIds, releaseId, nowIso(now)),
    );
  });
}

/** A product's releases, newest first. */
export function useReleases(productId: string): Release[] | undefined {
  return useLiveQuery(
    async () =>
      (await appDb.releases.where('productId').equals(productId).toArray()).sort(
        compareReleasesNewestFirst,
      ),
    [productId],
  );
}

/** A product's backlog items (the changelog groups the shipped ones by release). */
export function useProductBacklogItems(productId: string): BacklogItem[] | undefined {
  return useLiveQuery(
    () => appDb.backlogItems.where('productId').equals(productId).toArray(),
    [productId],
  );
}

/**
 * Checklist repository: a product's checklist per stage (the stage playbook). Each write runs
 * in one transaction and returns its changes for undo. A product entering a stage gets the
 * plan's template for it: products.ts calls checklistChangesOnEntry inside the create or move
 * so one undo takes back the move and the checklist it brought.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Stage } from '../../../shared/domain/lifecycle';
import { placeAt, rankAtEnd, sortByRank } from '../../../shared/domain/moves';
import {
  checkChecklistText,
  checklistForStage,
  checklistProgress,
  progressByProduct,
  templateItems,
  type ChecklistProgress,
} from '../../../shared/domain/playbook';
import type { ChecklistItem, Product } from '../../../shared/domain/product';
import { newId, nowIso } from '../../../shared/domain/records';
import { templateId } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as appDb } from './index';
import { commit, getRecord, rerankChanges, updateRecords } from './repository';

function stageItems(db: PlannerDb, productId: string, stage: Stage): Promise<ChecklistItem[]> {
  return db.checklistItems
    .where('productId')
    .equals(productId)
    .filter((item) => item.stage === stage)
    .toArray();
}

function checkedText(raw: string): string {
  const check = checkChecklistText(raw);
  if (!check.ok) throw new Error(check.message);
  return check.value;
}

/**
 * The checklist items `product` gets on entering `stage`, from the plan's template, as
 * changes not yet written. Call it only when the product really enters the stage (a create,
 * or a move from another stage), inside the caller's transaction. Nothing when the product
 * already has items for the stage: coming back to a stage keeps the list it had.
 */
export async function checklistChangesOnEntry(
  db: PlannerDb,
  product: Pick<Product, 'id' | 'planId'>,
  stage: Stage,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  const template = await db.stageTemplates.get(templateId(product.planId, stage));
  const existing = await stageItems(db, product.id, stage);
  return checklistForStage(
    product,
    stage,
    templateItems(stage, template),
    existing,
    now,
    newId,
  ).map((item) => ({ table: 'checklistItems', before: null, after: item }));
}

/**
 * Starts the checklist of a stage from the template for a product that has none there yet
 * (one made before playbooks existed, or whose items were all deleted).
 */
export function ensureStageChecklist(
  db: PlannerDb,
  productId: string,
  stage: Stage,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const product = await getRecord(db, 'products', productId);
    return commit(db, await checklistChangesOnEntry(db, product, stage, now));
  });
}

export function addChecklistItem(
  db: PlannerDb,
  productId: string,
  stage: Stage,
  text: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const value = checkedText(text);
    const product = await getRecord(db, 'products', productId);
    const at = nowIso(now);
    const item: ChecklistItem = {
      id: newId(),
      planId: product.planId,
      productId,
      stage,
      text: value,
      done: false,
      rank: rankAtEnd(await stageItems(db, productId, stage)),
      createdAt: at,
      updatedAt: at,
    };
    return commit(db, [{ table: 'checklistItems', before: null, after: item }]);
  });
}

export function updateChecklistItem(
  db: PlannerDb,
  id: string,
  patch: { text?: string; done?: boolean },
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const text = patch.text === undefined ? undefined : checkedText(patch.text);
    return updateRecords(db, 'checklistItems', [id], (before) => {
      const after: ChecklistItem = {
        ...before,
        text: text ?? before.text,
        done: patch.done ?? before.done,
        updatedAt: nowIso(now),
      };
      return after.text === before.text && after.done === before.done ? null : after;
    });
  });
}

export function deleteChecklistItem(db: PlannerDb, id: string): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'checklistItems', id);
    return commit(db, [{ table: 'checklistItems', before, after: null }]);
  });
}

/** Moves an item to `index` of its stage's list as shown without it (0 is the top). */
export function moveChecklistItem(
  db: PlannerDb,
  id: string,
  index: number,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'checklistItems', id);
    const all = sortByRank(await stageItems(db, before.productId, before.stage));
    const others = all.filter((item) => item.id !== id);
    const at = Math.max(0, Math.min(index, others.length));
    if (all[at]?.id === id) return [];
    const placement = placeAt(others, at);
    const stamp = nowIso(now);
    const changes = rerankChanges('checklistItems', others, placement, stamp);
    changes.push({
      table: 'checklistItems',
      before,
      after: { ...before, rank: placement.rank, updatedAt: stamp },
    });
    return commit(db, changes);
  });
}

/**
 * One step up (-1) or down (+1), worked out from the stored order rather than the one on
 * screen, so quick Alt+Arrow presses each move one step. Nothing at either end. `index` is
 * where the item is once the step is done (where it was, at an end).
 */
export function stepChecklistItemAt(
  db: PlannerDb,
  id: string,
  step: -1 | 1,
  now: Date = new Date(),
): Promise<{ changes: RecordChange[]; index: number }> {
  return writeTransaction(db, async () => {
    const item = await getRecord(db, 'checklistItems', id);
    const list = sortByRank(await stageItems(db, item.productId, item.stage));
    const index = list.findIndex((other) => other.id === id);
    const target = index + step;
    if (target < 0 || target >= list.length) return { changes: [], index };
    return { changes: await moveChecklistItem(db, id, target, now), index: target };
  });
}

export async function stepChecklistItem(
  db: PlannerDb,
  id: string,
  step: -1 | 1,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return (await stepChecklistItemAt(db, id, step, now)).changes;
}

/** A product's checklist for one stage, in its manual order. */
export function useChecklist(productId: string, stage: Stage): ChecklistItem[] | undefined {
  return useLiveQuery(
    async () => sortByRank(await stageItems(appDb, productId, stage)),
    [productId, stage],
  );
}

/** Every checklist item of a product, all stages (the read-only view of other stages). */
export function useProductChecklists(productId: string): ChecklistItem[] | undefined {
  return useLiveQuery(
    async () =>
      sortByRank(await appDb.checklistItems.where('productId').equals(productId).toArray()),
    [productId],
  );
}

export function useChecklistProgress(
  productId: string,
  stage: Stage,
): ChecklistProgress | undefined {
  return useLiveQuery(
    async () => checklistProgress(await stageItems(appDb, productId, stage), stage),
    [productId, stage],
  );
}

/**
 * Each product's progress on the checklist of its current stage, for the whole board in one
 * query (a query per card would be thousands on a big portfolio).
 */
export function usePlanChecklistProgress(
  planId: string | null,
): Map<string, ChecklistProgress> | undefined {
  return useLiveQuery(async () => {
    if (!planId) return new Map<string, ChecklistProgress>();
    const [products, items] = await Promise.all([
      appDb.products.where('planId').equals(planId).toArray(),
      appDb.checklistItems.where('planId').equals(planId).toArray(),
    ]);
    return progressByProduct(products, items);
  }, [planId]);
}

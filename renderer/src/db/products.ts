/**
 * Product repository: the only code that writes products. Each function reads what it needs
 * and writes inside one transaction, and returns the changes it made so the caller can
 * offer undo.
 */
import { adjacentStage, type Stage } from '../../../shared/domain/lifecycle';
import {
  historyAfterMove,
  neighbourBefore,
  placeAt,
  rankAtEnd,
  sortByRank,
  stepTarget,
  type MoveDirection,
} from '../../../shared/domain/moves';
import { checkPlannedStages, plannedAfter } from '../../../shared/domain/planned-stages';
import {
  checkLabel,
  checkName,
  checkSummary,
  checkTagList,
  emptyProductLinks,
  type FieldCheck,
  type PlannedStage,
  type Product,
} from '../../../shared/domain/product';
import { PRODUCT_CHILD_TABLES } from '../../../shared/records/registry';
import { newId, nowIso } from '../../../shared/domain/records';
import type { RecordChange } from './changes';
import { checklistChangesOnEntry } from './checklists';
import { commit, InvalidInputError, RecordNotFoundError, rerankChanges } from './repository';

export { RecordNotFoundError };
import { type PlannerDb, writeTransaction } from './database';

export interface ProductDraft {
  name: string;
  summary: string;
  owner: string;
  tags: string[];
}

function stageColumn(db: PlannerDb, planId: string, stage: Stage): Promise<Product[]> {
  return db.products.where('[planId+stage]').equals([planId, stage]).toArray();
}

async function getProduct(db: PlannerDb, id: string): Promise<Product> {
  const product = await db.products.get(id);
  if (!product) throw new RecordNotFoundError('product', id);
  return product;
}

/** The draft as stored: names tidied, every field within its limits; throws on the first bad one. */
function checkDraft<T extends Partial<ProductDraft>>(draft: T): T {
  const checked = { ...draft };
  const tidy = <V>(check: FieldCheck<V> | null, set: (value: V) => void) => {
    if (check === null) return;
    if (!check.ok) throw new InvalidInputError(check.message);
    set(check.value);
  };
  tidy(draft.name === undefined ? null : checkName(draft.name), (v) => (checked.name = v));
  tidy(
    draft.summary === undefined ? null : checkSummary(draft.summary),
    (v) => (checked.summary = v),
  );
  tidy(
    draft.owner === undefined ? null : checkLabel(draft.owner, 'owner'),
    (v) => (checked.owner = v),
  );
  tidy(draft.tags === undefined ? null : checkTagList(draft.tags), (v) => (checked.tags = v));
  return checked;
}

export function createProduct(
  db: PlannerDb,
  planId: string,
  draft: ProductDraft,
  stage: Stage = 'ideation',
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    if (!(await db.plans.get(planId))) throw new RecordNotFoundError('plan', planId);
    const at = nowIso(now);
    const product: Product = {
      id: newId(),
      planId,
      ...checkDraft(draft),
      stage,
      rank: rankAtEnd(await stageColumn(db, planId, stage)),
      stageHistory: [{ stage, enteredAt: at }],
      archived: false,
      ...emptyProductLinks(),
      createdAt: at,
      updatedAt: at,
    };
    // The stage's checklist comes with it, in the same change, so undo takes both away.
    const checklist = await checklistChangesOnEntry(db, product, stage, now);
    return commit(db, [{ table: 'products', before: null, after: product }, ...checklist]);
  });
}

export function updateProduct(
  db: PlannerDb,
  id: string,
  patch: Partial<ProductDraft> & { archived?: boolean },
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getProduct(db, id);
    const after: Product = { ...before, ...checkDraft(patch), updatedAt: nowIso(now) };
    return commit(db, [{ table: 'products', before, after }]);
  });
}

/**
 * Puts a product in `stage` right after the product `afterId` (first when null), recording
 * the day it entered a new stage. Placing by neighbour rather than by index keeps the drop
 * position right when the board hides some products (archived, or filtered by a search).
 */
export function moveProduct(
  db: PlannerDb,
  id: string,
  stage: Stage,
  afterId: string | null,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getProduct(db, id);
    const column = sortByRank(
      (await stageColumn(db, before.planId, stage)).filter((p) => p.id !== id),
    );
    const afterIndex = afterId === null ? -1 : column.findIndex((p) => p.id === afterId);
    if (afterId !== null && afterIndex < 0) throw new RecordNotFoundError('product', afterId);
    const placement = placeAt(column, afterIndex + 1);
    const at = nowIso(now);
    const changes = rerankChanges('products', column, placement, at);
    const after: Product = {
      ...before,
      stage,
      rank: placement.rank,
      stageHistory: historyAfterMove(before.stageHistory, before.stage, stage, at),
      // A planned date is fulfilled (or overtaken) once the product gets there.
      plannedStages: plannedAfter(stage, before.plannedStages),
      updatedAt: at,
    };
    changes.push({ table: 'products', before, after });
    if (stage !== before.stage)
      changes.push(...(await checklistChangesOnEntry(db, after, stage, now)));
    return commit(db, changes);
  });
}

/** Sets when the product is planned to enter its later stages (checked: see planned-stages). */
export function setPlannedStages(
  db: PlannerDb,
  id: string,
  plannedStages: PlannedStage[],
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getProduct(db, id);
    const dates = Object.fromEntries(plannedStages.map((p) => [p.stage, p.plannedOn]));
    const check = checkPlannedStages(before, dates);
    if (!check.ok) throw new Error(check.message);
    const after: Product = { ...before, plannedStages: check.value, updatedAt: nowIso(now) };
    return commit(db, [{ table: 'products', before, after }]);
  });
}

/** Moves a product to the end of `stage` (the details' "Move to", where no board is shown). */
export function moveProductToEnd(
  db: PlannerDb,
  id: string,
  stage: Stage,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const product = await getProduct(db, id);
    const column = sortByRank(
      (await stageColumn(db, product.planId, stage)).filter((p) => p.id !== id && !p.archived),
    );
    return moveProduct(db, id, stage, column.at(-1)?.id ?? null, now);
  });
}

/** Where a step put a product: its stage, its position there and the column's length. */
export interface StepPlacement {
  stage: Stage;
  index: number;
  total: number;
}

/**
 * One Alt+Arrow step on the board, worked out inside the move's transaction from the stored
 * order of the products the board shows (`shown`: the search and archive filter), not from
 * the columns last drawn. Transactions on the products run one after another in the order
 * they were started, so quick presses each take one step from where the previous one left
 * the card. `placed` is null (and nothing changes) at the edge of the board.
 */
export function stepProductAmong(
  db: PlannerDb,
  id: string,
  direction: MoveDirection,
  shown: (product: Product) => boolean,
  now: Date = new Date(),
): Promise<{ changes: RecordChange[]; placed: StepPlacement | null }> {
  return writeTransaction(db, async () => {
    const product = await getProduct(db, id);
    const columns = new Map<Stage, Product[]>();
    const near = [product.stage, adjacentStage(product.stage, -1), adjacentStage(product.stage, 1)];
    for (const stage of near) {
      if (stage === null) continue;
      const column = await stageColumn(db, product.planId, stage);
      columns.set(stage, sortByRank(column.filter((p) => p.id === id || shown(p))));
    }
    const target = stepTarget(product, direction, (stage) => columns.get(stage) ?? []);
    if (!target) return { changes: [], placed: null };
    const others = (columns.get(target.stage) ?? []).filter((p) => p.id !== id);
    const index = Math.max(0, Math.min(target.index, others.length));
    const changes = await moveProduct(db, id, target.stage, neighbourBefore(others, index), now);
    return { changes, placed: { stage: target.stage, index, total: others.length + 1 } };
  });
}

/** Removes the product with everything of its own (backlog, feedback, KPIs…), undoably. */
export function deleteProduct(db: PlannerDb, id: string): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getProduct(db, id);
    const changes: RecordChange[] = [];
    for (const table of PRODUCT_CHILD_TABLES) {
      const records = await db[table].where('productId').equals(id).toArray();
      for (const record of records) {
        changes.push({ table, before: record, after: null } as RecordChange);
      }
    }
    changes.push({ table: 'products', before, after: null });
    return commit(db, changes);
  });
}

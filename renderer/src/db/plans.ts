/**
 * Plan repository: plans and the operations over a whole plan (sample data, deletion).
 * Like the product repository, each function runs in one transaction and returns its changes.
 */
import { checkName, type Plan } from '../../../shared/domain/product';
import { PLAN_TABLES } from '../../../shared/records/registry';
import { newId, nowIso } from '../../../shared/domain/records';
import { samplePortfolio } from '../../../shared/domain/sample';
import { sampleWorkspace } from '../../../shared/domain/sample-workspace';
import type { PlanRecord } from '../../../shared/records/registry';
import { writeChanges, type RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { commit, InvalidInputError, RecordNotFoundError } from './repository';

function checkedPlanName(name: string): string {
  const check = checkName(name, 'plan');
  if (!check.ok) throw new InvalidInputError(check.message);
  return check.value;
}

async function getPlan(db: PlannerDb, id: string): Promise<Plan> {
  const plan = await db.plans.get(id);
  if (!plan) throw new RecordNotFoundError('plan', id);
  return plan;
}

export async function createPlan(
  db: PlannerDb,
  name: string,
  now: Date = new Date(),
): Promise<{ plan: Plan; changes: RecordChange[] }> {
  const at = nowIso(now);
  const plan: Plan = { id: newId(), name: checkedPlanName(name), createdAt: at, updatedAt: at };
  const changes = await writeTransaction(db, () =>
    commit(db, [{ table: 'plans', before: null, after: plan }]),
  );
  return { plan, changes };
}

export function renamePlan(
  db: PlannerDb,
  id: string,
  name: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getPlan(db, id);
    const after = { ...before, name: checkedPlanName(name), updatedAt: nowIso(now) };
    return commit(db, [{ table: 'plans', before, after }]);
  });
}

/** Removes the plan and everything in it, in one transaction. */
export function deletePlan(db: PlannerDb, id: string): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const plan = await getPlan(db, id);
    const changes: RecordChange[] = [];
    // Every record of the plan, children before the products they belong to.
    for (const table of [...PLAN_TABLES].reverse()) {
      const records = await db.table<PlanRecord>(table).where('planId').equals(id).toArray();
      for (const record of records) {
        changes.push({ table, before: record, after: null } as RecordChange);
      }
    }
    // Its deletion records and shared copies go too, as changes, so undo brings them back.
    for (const before of await db.deletions.where('planId').equals(id).toArray()) {
      changes.push({ table: 'deletions', before, after: null });
    }
    for (const before of await db.sharedCopies.where('planId').equals(id).toArray()) {
      changes.push({ table: 'sharedCopies', before, after: null });
    }
    changes.push({ table: 'plans', before: plan, after: null });
    await writeChanges(db, changes, 'apply');
    return changes;
  });
}

/** Adds the sample portfolio to a plan (normally the empty one of a first start). */
export function addSamplePortfolio(
  db: PlannerDb,
  planId: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    await getPlan(db, planId);
    const tables = sampleWorkspace(samplePortfolio(planId, now), now);
    const changes: RecordChange[] = PLAN_TABLES.flatMap((table) =>
      (tables[table] as PlanRecord[]).map(
        (after) => ({ table, before: null, after }) as RecordChange,
      ),
    );
    await writeChanges(db, changes, 'apply');
    return changes;
  });
}

/** The first start: one empty plan, so the board is never without one. */
export async function ensureAPlan(db: PlannerDb, name = 'My portfolio'): Promise<Plan> {
  return writeTransaction(db, async () => {
    const existing = await db.plans.orderBy('updatedAt').last();
    if (existing) return existing;
    return (await createPlan(db, name)).plan;
  });
}

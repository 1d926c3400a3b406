/**
 * Bringing a plan file into the database: as a new plan, merged into the plan it came from,
 * or replacing it (after a backup). Each runs in one transaction over every plan table, so
 * an import is written whole or not at all, and returns its changes so it undoes in one step.
 */
import { nowIso, newId } from '../../../shared/domain/records';
import { mergePlanFiles, type PlanMerge } from '../../../shared/plan-file/merge';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { writeChanges, type RecordChange } from './changes';
import { planTables, type Backup, type PlannerDb } from './database';
import { additionsOf, diffPlans, snapshotPlan } from './plan-snapshot';

export type ImportMode = 'new' | 'merge' | 'replace';

export interface ImportOutcome {
  planId: string;
  planName: string;
  changes: RecordChange[];
}

async function anyIdTaken(db: PlannerDb, file: PlanFile): Promise<boolean> {
  if (await db.plans.get(file.plan.id)) return true;
  const taken = await Promise.all([
    db.products.bulkGet(file.products.map((r) => r.id)),
    db.checklistItems.bulkGet(file.checklistItems.map((r) => r.id)),
    db.milestones.bulkGet(file.milestones.map((r) => r.id)),
  ]);
  return taken.some((rows) => rows.some((row) => row !== undefined));
}

/**
 * The same plan under fresh ids, for a second copy beside the original. Its deletion records
 * name records of the original and mean nothing to the copy, so they are left out.
 */
export function asCopy(file: PlanFile, name: string, now: Date): PlanFile {
  const at = nowIso(now);
  const planId = newId();
  const productIds = new Map(file.products.map((p) => [p.id, newId()]));
  const productId = (id: string) => productIds.get(id) ?? id;
  return buildPlanFile({
    plan: { ...file.plan, id: planId, name, createdAt: at, updatedAt: at },
    products: file.products.map((p) => ({ ...p, id: productId(p.id), planId })),
    checklistItems: file.checklistItems.map((c) => ({
      ...c,
      id: newId(),
      planId,
      productId: productId(c.productId),
    })),
    milestones: file.milestones.map((m) => ({
      ...m,
      id: newId(),
      planId,
      productId: productId(m.productId),
    })),
    deletions: [],
  });
}

/** Keeps the plan's ids when they are new here, so later merges with colleagues line up. */
export function importAsNewPlan(
  db: PlannerDb,
  file: PlanFile,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  return db.transaction('rw', planTables(db), async () => {
    const copy = (await anyIdTaken(db, file))
      ? asCopy(file, `${file.plan.name} (copy)`, now)
      : file;
    const changes = additionsOf(copy);
    await writeChanges(db, changes, 'apply');
    return { planId: copy.plan.id, planName: copy.plan.name, changes };
  });
}

export interface MergePreview {
  localName: string;
  merge: PlanMerge;
}

/** What merging would do, for the preview; null when this plan is not here. */
export async function previewMerge(
  db: PlannerDb,
  incoming: PlanFile,
): Promise<MergePreview | null> {
  const local = await snapshotPlan(db, incoming.plan.id);
  return local ? { localName: local.plan.name, merge: mergePlanFiles(local, incoming) } : null;
}

function missingPlan(id: string): Error {
  return new Error(`The plan ${id} is not in this database, so there is nothing to merge into.`);
}

export function mergeIntoPlan(db: PlannerDb, incoming: PlanFile): Promise<ImportOutcome> {
  return db.transaction('rw', planTables(db), async () => {
    // Merged again inside the transaction: the data may have changed since the preview.
    const local = await snapshotPlan(db, incoming.plan.id);
    if (!local) throw missingPlan(incoming.plan.id);
    const { result } = mergePlanFiles(local, incoming);
    const changes = diffPlans(local, result);
    await writeChanges(db, changes, 'apply');
    return { planId: result.plan.id, planName: result.plan.name, changes };
  });
}

/** Stores the plan's current state as a backup; runs inside the caller's transaction. */
export async function backUpPlan(
  db: PlannerDb,
  snapshot: PlanFile,
  reason: string,
  now: Date = new Date(),
): Promise<Backup> {
  const backup: Backup = {
    id: newId(),
    planId: snapshot.plan.id,
    planName: snapshot.plan.name,
    createdAt: nowIso(now),
    reason,
    products: snapshot.products.length,
    contents: serializePlanFile(snapshot),
  };
  await db.backups.add(backup);
  return backup;
}

/** Makes the plan exactly the file's content, keeping what it was as a backup first. */
export function replacePlan(
  db: PlannerDb,
  incoming: PlanFile,
  reason: string,
): Promise<ImportOutcome> {
  return db.transaction('rw', planTables(db), async () => {
    const local = await snapshotPlan(db, incoming.plan.id);
    if (!local) throw missingPlan(incoming.plan.id);
    await backUpPlan(db, local, reason);
    const changes = diffPlans(local, incoming);
    await writeChanges(db, changes, 'apply');
    return { planId: incoming.plan.id, planName: incoming.plan.name, changes };
  });
}

export function importPlan(db: PlannerDb, file: PlanFile, mode: ImportMode, fileName: string) {
  if (mode === 'merge') return mergeIntoPlan(db, file);
  if (mode === 'replace') return replacePlan(db, file, `Before replacing with ${fileName}`);
  return importAsNewPlan(db, file);
}

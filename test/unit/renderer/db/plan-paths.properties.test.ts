/**
 * Every path a plan takes through the database keeps every kind of record: imports as a new
 * copy, ids that collide, merges, replacements, restores and undone deletes, over generated
 * plans that hold every kind. After each: counts per kind as expected, every link resolving
 * inside its own plan, and no record of any other plan changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../renderer/src/db/backups';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { importAsNewPlan, mergeIntoPlan, replacePlan } from '../../../../renderer/src/db/plan-io';
import { diffPlans, snapshotPlan } from '../../../../renderer/src/db/plan-snapshot';
import { deletePlan } from '../../../../renderer/src/db/plans';
import { deleteProduct } from '../../../../renderer/src/db/products';
import { fingerprintOf } from '../../../../shared/plan-file/fingerprint';
import { mergePlanFiles } from '../../../../shared/plan-file/merge';
import { validatePlanFile } from '../../../../shared/plan-file/schema';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { PLAN_TABLES } from '../../../../shared/records/registry';
import { planFileArb } from '../../plan-file/arbitraries';
import { disjoint } from '../../plan-file/two-copies';
import {
  dumpDb,
  expectedKpiRows,
  expectedMilestoneRows,
  expectedRoadmapRows,
  expectedTrends,
  makeDb,
  storedKpiRows,
  storedMilestoneRows,
  storedRoadmapRows,
  storedTrends,
} from './factories';
import { reusesIds, withCollidingIds } from './colliding-ids';

const RUNS = { numRuns: 20 };
// Each run writes whole plans into an IndexedDB of its own; a slow machine needs the time.
const TIMEOUT = 30_000;

/** Records per kind, deletions left out (a copy has none of them). */
const kinds = (file: PlanFile) =>
  Object.fromEntries(PLAN_TABLES.map((table) => [table, file[table].length]));

/** The plan as stored passes every check an imported file must: links resolve inside it. */
async function soundPlan(db: PlannerDb, planId: string): Promise<PlanFile> {
  const stored = await snapshotPlan(db, planId);
  if (!stored) throw new Error(`plan ${planId} is gone`);
  const checked = validatePlanFile(stored);
  expect(checked.ok ? null : checked.problem).toBeNull();
  // The rows the health view and the roadmap read follow the records whichever way they came.
  expect(await storedTrends(db, planId)).toEqual(await expectedTrends(db, planId));
  expect(await storedRoadmapRows(db, planId)).toEqual(await expectedRoadmapRows(db, planId));
  expect(await storedMilestoneRows(db, planId)).toEqual(await expectedMilestoneRows(db, planId));
  expect(await storedKpiRows(db, planId)).toEqual(await expectedKpiRows(db, planId));
  return stored;
}

/** Every stored record of plans other than `planIds`, for "nothing else changed". */
async function othersOf(db: PlannerDb, planIds: readonly string[]) {
  const dump = await dumpDb(db);
  // A plan's own row has no planId; it is the plan by its id.
  const keep = (rows: readonly ({ planId: string } | { id: string })[]) =>
    rows.filter((row) => !planIds.includes('planId' in row ? row.planId : row.id));
  return Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, keep(rows)]));
}

/** A database holding an unrelated plan, whose records every test checks are untouched. */
async function withBystander(bystander: PlanFile) {
  const db = makeDb();
  await importAsNewPlan(db, bystander);
  return db;
}

const twoPlans = fc.tuple(planFileArb(), planFileArb());

describe('every record survives every path through the database', () => {
  it(
    'a second import of a plan already here is a whole copy under fresh ids',
    async () => {
      await fc.assert(
        fc.asyncProperty(twoPlans, async ([file, bystander]) => {
          fc.pre(file.plan.id !== bystander.plan.id);
          const db = await withBystander(bystander);
          await importAsNewPlan(db, file);
          const before = await othersOf(db, []);
          const copy = await importAsNewPlan(db, file);
          expect(copy.planId).not.toBe(file.plan.id);
          expect(kinds(await soundPlan(db, copy.planId))).toEqual(kinds(file));
          expect(await othersOf(db, [copy.planId])).toEqual(before);
          db.close();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'a new plan whose records reuse another plan’s ids takes nothing from it, and undoes cleanly',
    async () => {
      await fc.assert(
        fc.asyncProperty(planFileArb(), async (file) => {
          fc.pre(reusesIds(file));
          const db = makeDb();
          await importAsNewPlan(db, file);
          const before = await dumpDb(db);
          const intruder = withCollidingIds(file);
          const outcome = await importAsNewPlan(db, intruder);
          expect(outcome.planId).not.toBe(intruder.plan.id);
          expect(kinds(await soundPlan(db, outcome.planId))).toEqual(kinds(intruder));
          expect(await othersOf(db, [outcome.planId])).toEqual(before);
          await writeChanges(db, outcome.changes, 'undo');
          expect(await dumpDb(db)).toEqual(before);
          db.close();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'merging a plan with its own file changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(twoPlans, async ([file, bystander]) => {
          fc.pre(file.plan.id !== bystander.plan.id);
          const db = await withBystander(bystander);
          await importAsNewPlan(db, file);
          const before = serializePlanFile(await soundPlan(db, file.plan.id));
          const others = await othersOf(db, [file.plan.id]);
          await mergeIntoPlan(db, file);
          expect(serializePlanFile(await soundPlan(db, file.plan.id))).toBe(before);
          expect(await othersOf(db, [file.plan.id])).toEqual(others);
          db.close();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'merging a colleague’s edited copy against the shared base keeps both sides’ edits',
    async () => {
      await fc.assert(
        fc.asyncProperty(disjoint, async ({ base, a, b }) => {
          fc.pre(!(a.planRenamed && b.planRenamed));
          const db = makeDb();
          // Both started from the same file: this side imported it, then made its edits.
          await importAsNewPlan(db, base);
          await writeChanges(db, diffPlans(base, a.file), 'apply');
          const theirs: PlanFile = { ...b.file, base: await fingerprintOf(base) };
          await mergeIntoPlan(db, theirs);
          const expected = mergePlanFiles(a.file, b.file, { base }).result;
          const stored = await soundPlan(db, base.plan.id);
          expect(serializePlanFile({ ...stored, base: null })).toBe(serializePlanFile(expected));
          db.close();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'replacing keeps a backup that restores the plan, as a new plan or in place',
    async () => {
      await fc.assert(
        fc.asyncProperty(disjoint, planFileArb(), async ({ base, a }, bystander) => {
          fc.pre(base.plan.id !== bystander.plan.id);
          const db = await withBystander(bystander);
          await importAsNewPlan(db, base);
          // Records only: a restore in place leaves deletion records of what it took away.
          const records = (file: PlanFile) => serializePlanFile({ ...file, deletions: [] });
          const stored = await soundPlan(db, base.plan.id);
          const original = records(stored);
          const others = await othersOf(db, [base.plan.id]);
          await replacePlan(db, a.file, 'test');
          const replaced = await soundPlan(db, base.plan.id);
          expect(serializePlanFile({ ...replaced, base: null })).toBe(serializePlanFile(a.file));
          const [backup] = await db.backups.where('planId').equals(base.plan.id).toArray();
          // Kept gzipped apart from its row, as automatic backups are, under the plan's
          // fingerprint as it was replaced.
          expect(backup?.contents).toBeUndefined();
          expect(backup?.fingerprint).toBe(fingerprintOf(stored));
          expect((await db.backupContents.get(backup?.id ?? ''))?.gzip.byteLength).toBe(
            backup?.bytes,
          );
          const copy = await restoreBackup(db, backup?.id ?? '', 'new');
          expect(kinds(await soundPlan(db, copy.planId))).toEqual(kinds(base));
          await restoreBackup(db, backup?.id ?? '', 'in-place');
          expect(records(await soundPlan(db, base.plan.id))).toBe(original);
          expect(await othersOf(db, [base.plan.id, copy.planId])).toEqual(others);
          db.close();
        }),
        { numRuns: 12 },
      );
    },
    TIMEOUT,
  );

  it(
    'deleting a plan, or one of its products, undoes to every record it had',
    async () => {
      await fc.assert(
        fc.asyncProperty(twoPlans, async ([file, bystander]) => {
          fc.pre(file.plan.id !== bystander.plan.id);
          const db = await withBystander(bystander);
          await importAsNewPlan(db, file);
          const others = await othersOf(db, [file.plan.id]);
          const removed = await deletePlan(db, file.plan.id);
          expect(await snapshotPlan(db, file.plan.id)).toBeNull();
          expect(await storedTrends(db, file.plan.id)).toEqual([]);
          expect(await storedRoadmapRows(db, file.plan.id)).toEqual([]);
          expect(await storedMilestoneRows(db, file.plan.id)).toEqual([]);
          expect(await storedKpiRows(db, file.plan.id)).toEqual([]);
          await writeChanges(db, removed, 'undo');
          expect(kinds(await soundPlan(db, file.plan.id))).toEqual(kinds(file));
          const [product] = file.products;
          if (product) {
            const gone = await deleteProduct(db, product.id);
            const left = await storedTrends(db, file.plan.id);
            expect(left.filter((trend) => trend.productId === product.id)).toEqual([]);
            expect(left).toEqual(await expectedTrends(db, file.plan.id));
            const rows = await storedRoadmapRows(db, file.plan.id);
            expect(rows.some((row) => row.productId === product.id)).toBe(false);
            expect(rows).toEqual(await expectedRoadmapRows(db, file.plan.id));
            await writeChanges(db, gone, 'undo');
            expect(kinds(await soundPlan(db, file.plan.id))).toEqual(kinds(file));
          }
          expect(await othersOf(db, [file.plan.id])).toEqual(others);
          db.close();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

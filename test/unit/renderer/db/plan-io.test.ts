import { PRODUCT_CHILD_TABLES } from '../../../../shared/records/registry';
import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../../../renderer/src/db/changes';
import {
  importAsNewPlan,
  mergeIntoPlan,
  previewMerge,
  replacePlan,
} from '../../../../renderer/src/db/plan-io';
import { snapshotPlan } from '../../../../renderer/src/db/plan-snapshot';
import { restoreBackup } from '../../../../renderer/src/db/backups';
import { addSamplePortfolio } from '../../../../renderer/src/db/plans';
import { fingerprintOf } from '../../../../shared/plan-file/fingerprint';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { dumpDb, makeDb, makePlan } from './factories';

async function samplePlanFile(): Promise<PlanFile> {
  const source = makeDb();
  const plan = await makePlan(source, 'Shared plan');
  await addSamplePortfolio(source, plan.id);
  const file = await snapshotPlan(source, plan.id);
  if (!file) throw new Error('no snapshot');
  return file;
}

const later = (iso: string, ms = 60_000) => new Date(Date.parse(iso) + ms).toISOString();

describe('importing a plan file', () => {
  it('brings a plan new to this database in whole, keeping its ids, and exports the same bytes', async () => {
    const file = await samplePlanFile();
    const db = makeDb();
    const outcome = await importAsNewPlan(db, file);
    expect(outcome.planId).toBe(file.plan.id);
    const again = await snapshotPlan(db, file.plan.id);
    expect(again && serializePlanFile(again)).toBe(serializePlanFile(file));
  });

  it('imports a plan that is already here as a separate copy, touching nothing that exists', async () => {
    const file = await samplePlanFile();
    const db = makeDb();
    await importAsNewPlan(db, file);
    const before = await dumpDb(db);
    const copy = await importAsNewPlan(db, file);
    expect(copy.planId).not.toBe(file.plan.id);
    expect(copy.planName).toBe('Shared plan (copy)');
    const after = await dumpDb(db);
    expect(after.products.filter((p) => p.planId === file.plan.id)).toEqual(before.products);
    expect(after.products.filter((p) => p.planId === copy.planId)).toHaveLength(
      file.products.length,
    );
  });

  it('names each further copy of one plan apart: (copy), (copy 2), (copy 3)', async () => {
    const file = await samplePlanFile();
    const db = makeDb();
    await importAsNewPlan(db, file);
    const names: string[] = [];
    for (let n = 0; n < 3; n += 1) names.push((await importAsNewPlan(db, file)).planName);
    expect(names).toEqual(['Shared plan (copy)', 'Shared plan (copy 2)', 'Shared plan (copy 3)']);
    // Two imports at once still end with names of their own.
    const both = await Promise.all([importAsNewPlan(db, file), importAsNewPlan(db, file)]);
    expect(new Set(both.map((o) => o.planName)).size).toBe(2);
    const all = (await db.plans.toArray()).map((plan) => plan.name);
    expect(new Set(all).size).toBe(all.length);
  });

  it('undoes an import in one step, leaving no trace of the plan', async () => {
    const db = makeDb();
    const before = await dumpDb(db);
    const outcome = await importAsNewPlan(db, await samplePlanFile());
    await writeChanges(db, outcome.changes, 'undo');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('merges a colleague’s newer edit and deletion, and a second merge of the same file changes nothing', async () => {
    const file = await samplePlanFile();
    const db = makeDb();
    await importAsNewPlan(db, file);
    const [edited, removed] = file.products;
    if (!edited || !removed) throw new Error('sample too small');
    // Their app imported the same file, so theirs names it as its base.
    const theirs: PlanFile = {
      ...file,
      base: await fingerprintOf(file),
      products: file.products
        .filter((p) => p.id !== removed.id)
        .map((p) =>
          p.id === edited.id
            ? { ...p, name: 'Renamed by a colleague', updatedAt: later(p.updatedAt) }
            : p,
        ),
      deletions: [
        {
          id: removed.id,
          planId: file.plan.id,
          table: 'products',
          deletedAt: later(removed.updatedAt),
        },
      ],
    };
    const preview = await previewMerge(db, theirs);
    // Everything of the removed product goes with it, and the preview says so record by record.
    const owned = PRODUCT_CHILD_TABLES.flatMap((table) =>
      (file[table] as { productId: string }[]).filter((r) => r.productId === removed.id),
    );
    expect(owned.length).toBeGreaterThan(0);
    expect(preview?.merge.counts).toMatchObject({
      changed: 1,
      removed: 1 + owned.length,
      added: 0,
      conflicts: 0,
    });

    await mergeIntoPlan(db, theirs);
    expect((await db.products.get(edited.id))?.name).toBe('Renamed by a colleague');
    expect(await db.products.get(removed.id)).toBeUndefined();
    expect(await db.deletions.get(removed.id)).toMatchObject({ table: 'products' });

    // Merged again, their file is a copy this plan has shared: nothing in it is news.
    const settled = await dumpDb(db);
    expect((await previewMerge(db, theirs))?.merge.diff).toEqual([]);
    await mergeIntoPlan(db, theirs);
    const again = await dumpDb(db);
    expect({ ...again, sharedCopies: [] }).toEqual({ ...settled, sharedCopies: [] });
  });

  it('replaces a plan after keeping a backup that restores it exactly, in place', async () => {
    const file = await samplePlanFile();
    const db = makeDb();
    await importAsNewPlan(db, file);
    const original = await snapshotPlan(db, file.plan.id);
    await replacePlan(db, { ...file, products: [], checklistItems: [], milestones: [] }, 'test');
    expect(await db.products.where('planId').equals(file.plan.id).count()).toBe(0);
    const [backup] = await db.backups.toArray();
    expect(backup).toMatchObject({
      planId: file.plan.id,
      products: file.products.length,
      reason: 'test',
    });

    await restoreBackup(db, backup?.id as string, 'in-place');
    const restored = await snapshotPlan(db, file.plan.id);
    expect(restored?.products.map((p) => p.name)).toEqual(original?.products.map((p) => p.name));
    // Restoring in place backed up the emptied state first.
    expect(await db.backups.count()).toBe(2);
  });

  it('refuses to merge into a plan that is not here, writing nothing', async () => {
    const db = makeDb();
    const before = await dumpDb(db);
    await expect(mergeIntoPlan(db, await samplePlanFile())).rejects.toThrow(/not in this database/);
    expect(await dumpDb(db)).toEqual(before);
  });
});

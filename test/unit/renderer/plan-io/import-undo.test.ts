/**
 * An import's undo entry holds a key, not the plan: the changes are kept gzipped off the page
 * and replayed from there, for a new plan, a merge and a replace alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupText } from '../../../../renderer/src/db/backups';
import { openPlannerDb, type Backup } from '../../../../renderer/src/db/database';
import {
  keepImportChanges,
  openImportUndoDb,
  readImportChanges,
} from '../../../../renderer/src/db/import-undo';
import type { ImportMode } from '../../../../renderer/src/db/plan-io';
import { PlanWorkerCore } from '../../../../renderer/src/worker/plan-worker-core';
import { newId } from '../../../../shared/domain/records';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import { planFileArb } from '../../plan-file/arbitraries';
import { dumpDb } from '../db/factories';

function samplePlan(seed: number): PlanFile {
  const arb = planFileArb({ maxProducts: 4, maxChildren: 3 }).filter((f) => f.products.length > 0);
  const [file] = fc.sample(arb, { numRuns: 1, seed });
  if (!file) throw new Error('no sample');
  return file;
}

/** The same plan with `count` more products, as a bigger file to import. */
function grown(file: PlanFile, count: number): PlanFile {
  const [first] = file.products;
  if (!first) throw new Error('no product to copy');
  const more = Array.from({ length: count }, (_, i) => ({ ...first, id: newId(), name: `P ${i}` }));
  return { ...file, products: [...file.products, ...more] };
}

async function importText(core: PlanWorkerCore, file: PlanFile, mode: ImportMode) {
  const outcome = await core.analyse(
    { kind: 'text', text: serializePlanFile(file) },
    () => undefined,
  );
  if (outcome.kind !== 'preview') throw new Error(`not imported: ${outcome.kind}`);
  return core.importAs(mode, 'plan.lcplan');
}

/** What the page's undo history records for an import. */
const undoEntry = (undoKey: string) => ({
  label: 'Import plan.lcplan',
  changes: [],
  importKey: undoKey,
});

describe('undo of an import', () => {
  it('records an entry of the same small size for a plan of 1 or 300 more products', async () => {
    const core = new PlanWorkerCore();
    const small = await importText(core, samplePlan(3), 'new');
    const big = await importText(core, grown(samplePlan(4), 300), 'new');
    expect(big.changeCount).toBeGreaterThan(300);
    expect(small.changeCount).toBeLessThan(100);
    const sizes = [small, big].map((r) => JSON.stringify(undoEntry(r.undoKey)).length);
    expect(sizes[0]).toBe(sizes[1]);
    expect(sizes[1]).toBeLessThan(120);
    // Nor does what crosses from the worker to the page carry the changes.
    expect(JSON.stringify({ ...big, planName: '' }).length).toBeLessThan(150);
    core.close();
  });

  for (const [mode, seed] of [
    ['merge', 11],
    ['replace', 12],
  ] as const) {
    it(`undoes and redoes a ${mode} into a plan that is here`, async () => {
      const db = openPlannerDb();
      const core = new PlanWorkerCore();
      const file = samplePlan(seed);
      await importText(core, file, 'new');
      const before = await dumpDb(db);
      const [first, ...rest] = file.products;
      if (!first) throw new Error('no product');
      const edited = { ...file, products: [{ ...first, name: `${first.name} (edited)` }, ...rest] };
      const result = await importText(core, grown(edited, 5), mode);
      const after = await dumpDb(db);
      const names = (dump: typeof before) =>
        dump.products
          .filter((p) => p.planId === file.plan.id)
          .map((p) => p.name)
          .sort();
      expect(names(after)).toHaveLength(names(before).length + 5);

      await core.replay(result.undoKey, 'undo');
      const undone = await dumpDb(db);
      expect(names(undone)).toEqual(names(before));
      expect(undone.sharedCopies).toEqual(before.sharedCopies);

      await core.replay(result.undoKey, 'redo');
      expect(names(await dumpDb(db))).toEqual(names(after));
      core.close();
      db.close();
    });
  }

  it('restores a backup off the page, as a new plan or in place, and undoes and redoes it', async () => {
    const db = openPlannerDb();
    const core = new PlanWorkerCore();
    const file = samplePlan(21);
    await importText(core, file, 'new');
    const backedUp = await core.backUp(file.plan.id);
    if (backedUp?.result.status !== 'saved') throw new Error('not backed up');
    const backupId = backedUp.result.id;
    const names = async (planId: string) =>
      (await db.products.where('planId').equals(planId).toArray()).map((p) => p.name).sort();
    const original = await names(file.plan.id);

    const copy = await core.restore({ kind: 'stored', backupId }, 'new');
    expect(copy.planId).not.toBe(file.plan.id);
    expect(await names(copy.planId)).toEqual(original);
    // What crosses to the page is a key and counts, never the plan's changes.
    expect(JSON.stringify({ ...copy, planName: '' }).length).toBeLessThan(150);
    await core.replay(copy.undoKey, 'undo');
    expect(await db.plans.get(copy.planId)).toBeUndefined();
    expect(await names(copy.planId)).toEqual([]);
    await core.replay(copy.undoKey, 'redo');
    expect(await names(copy.planId)).toEqual(original);

    // In place, from a backup's text (as the desktop app reads it from its folder).
    const [first] = await db.products.where('planId').equals(file.plan.id).toArray();
    if (!first) throw new Error('no product');
    await db.products.delete(first.id);
    const damaged = await names(file.plan.id);
    const text = await backupText(db, (await db.backups.get(backupId)) as Backup);
    const createdAt = '2026-01-01T00:00:00.000Z';
    const inPlace = await core.restore({ kind: 'text', text, createdAt }, 'in-place');
    expect(inPlace.planId).toBe(file.plan.id);
    expect(await names(file.plan.id)).toEqual(original);
    await core.replay(inPlace.undoKey, 'undo');
    expect(await names(file.plan.id)).toEqual(damaged);
    await core.replay(inPlace.undoKey, 'redo');
    expect(await names(file.plan.id)).toEqual(original);
    core.close();
    db.close();
  });

  it('refuses to replay changes that are gone or damaged, and changes nothing', async () => {
    const db = openPlannerDb();
    const undoDb = openImportUndoDb();
    const core = new PlanWorkerCore();
    const before = await dumpDb(db);
    await expect(core.replay('no-such-key', 'undo')).rejects.toThrow(/no longer kept/);
    const key = await keepImportChanges(undoDb, []);
    const { gzip } = (await undoDb.changes.get(key)) ?? { gzip: new Uint8Array() };
    await undoDb.changes.update(key, { count: 2 });
    await expect(readImportChanges(undoDb, key)).rejects.toThrow(/damaged/);
    await undoDb.changes.update(key, { gzip: gzip.slice(0, 5), count: 0 });
    await expect(core.replay(key, 'undo')).rejects.toThrow();
    expect(await dumpDb(db)).toEqual(before);
    core.close();
    undoDb.close();
    db.close();
  });

  it('forgets changes kept more than a day ago when the next import keeps its own', async () => {
    const undoDb = openImportUndoDb();
    const old = await keepImportChanges(undoDb, [], new Date('2026-01-01T08:00:00Z'));
    const recent = await keepImportChanges(undoDb, [], new Date('2026-01-02T07:00:00Z'));
    expect(await undoDb.changes.get(old)).toBeDefined();
    await keepImportChanges(undoDb, [], new Date('2026-01-02T09:00:00Z'));
    expect(await undoDb.changes.get(old)).toBeUndefined();
    expect(await readImportChanges(undoDb, recent)).toEqual([]);
    undoDb.close();
  });
});

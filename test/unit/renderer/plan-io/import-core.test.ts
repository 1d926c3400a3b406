/**
 * The import pipeline as the worker runs it, on damaged and sound files: a refused file
 * leaves the database exactly as it was; an accepted one is written whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../renderer/src/db/database';
import { PlanWorkerCore } from '../../../../renderer/src/worker/plan-worker-core';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import { planFileArb } from '../../plan-file/arbitraries';
import { dumpDb } from '../db/factories';

const damage = fc.record({
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.constantFrom('', '{', '"', ']', '0', '"stage":"nowhere",', '\uFEFF'),
});

describe('PlanWorkerCore', () => {
  it('never writes part of a file: refused files change nothing, accepted ones land whole', async () => {
    // PlanWorkerCore opens the app's own database, as the worker does.
    const db = openPlannerDb();
    await fc.assert(
      fc.asyncProperty(
        planFileArb({ maxProducts: 3, maxChildren: 3 }),
        damage,
        async (file, cut) => {
          const text = serializePlanFile(file);
          const at = cut.at % (text.length + 1);
          const damaged = text.slice(0, at) + cut.text + text.slice(at + cut.length);
          const before = await dumpDb(db);
          const core = new PlanWorkerCore();
          try {
            const outcome = await core.analyse({ kind: 'text', text: damaged }, () => undefined);
            if (outcome.kind === 'error') {
              expect(outcome.problem.message.length).toBeGreaterThan(10);
              expect(await dumpDb(db)).toEqual(before);
              return;
            }
            if (outcome.kind !== 'preview') return;
            const result = await core.importAs('new', 'fuzzed.lcplan');
            const products = await db.products.where('planId').equals(result.planId).count();
            expect(products).toBe(outcome.preview.counts.products);
            const items = await db.checklistItems.where('planId').equals(result.planId).count();
            expect(items).toBe(outcome.preview.counts.checklistItems);
          } finally {
            core.close();
          }
        },
      ),
      { numRuns: 80 },
    );
    db.close();
  });

  it('keeps the changes of an import off the page for undo and redo to replay', async () => {
    const db = openPlannerDb();
    const file = fc.sample(planFileArb({ maxProducts: 4, maxChildren: 3 }), {
      numRuns: 1,
      seed: 7,
    })[0];
    if (!file) throw new Error('no sample');
    const before = await dumpDb(db);
    const core = new PlanWorkerCore();
    const outcome = await core.analyse(
      { kind: 'text', text: serializePlanFile(file) },
      () => undefined,
    );
    expect(outcome.kind).toBe('preview');
    const result = await core.importAs('new', 'plan.lcplan');
    expect(result.changeCount).toBeGreaterThan(0);
    const after = await dumpDb(db);
    await core.replay(result.undoKey, 'undo');
    expect(await dumpDb(db)).toEqual(before);
    await core.replay(result.undoKey, 'redo');
    const redone = await dumpDb(db);
    expect(redone.products).toEqual(
      after.products.map((p) => ({ ...p, updatedAt: expect.any(String) })),
    );
    core.close();
    db.close();
  });
});

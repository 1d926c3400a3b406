/** Backups and plan exports write the plan out through the import worker's core. */
import { describe, expect, it } from 'vitest';
import { openPlannerDb } from '../../../../renderer/src/db/database';
import { importPlan } from '../../../../renderer/src/db/plan-io';
import { PlanWorkerCore } from '../../../../renderer/src/worker/plan-worker-core';
import { parsePlanText } from '../../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import { makeFullPlanFile } from '../../plan-file/factories';

describe('PlanWorkerCore.serialize', () => {
  it('writes a stored plan out as the same bytes as its plan file', async () => {
    // The core opens the app's own database, as the worker does.
    const db = openPlannerDb();
    const file = makeFullPlanFile();
    await importPlan(db, file, 'new', { fileName: 'full.lcplan' });
    const core = new PlanWorkerCore();
    try {
      const stored = await db.plans.toArray();
      const copy = stored.find((plan) => plan.name === file.plan.name);
      if (!copy) throw new Error('the plan was not imported');
      const serialized = await core.serialize(copy.id);
      expect(serialized?.planName).toBe(file.plan.name);
      expect(serialized?.products).toBe(file.products.length);
      const reparsed = parsePlanText(serialized?.contents ?? '');
      if (!reparsed.ok) throw new Error(reparsed.problem.message);
      expect(reparsed.file.backlogItems).toHaveLength(file.backlogItems.length);
      expect(serialized?.contents).toBe(serializePlanFile(reparsed.file));
      expect(await core.serialize('no-such-plan')).toBeNull();
    } finally {
      core.close();
      db.close();
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAsNewPlan } from '../../../../renderer/src/db/plan-io';
import { snapshotPlan } from '../../../../renderer/src/db/plan-snapshot';
import { parsePlanText } from '../../../../shared/plan-file/parse';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import { planFileArb } from '../../plan-file/arbitraries';
import { makeDb } from './factories';

describe('a plan file through the database', () => {
  it('export, import into an empty database, export again gives the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb(), async (generated) => {
        const exported = serializePlanFile(generated);
        const parsed = parsePlanText(exported);
        if (!parsed.ok) throw new Error(parsed.problem.message);
        const db = makeDb();
        await importAsNewPlan(db, parsed.file);
        const again = await snapshotPlan(db, parsed.file.plan.id);
        db.close();
        expect(again && serializePlanFile(again)).toBe(exported);
      }),
      { numRuns: 60 },
    );
  });
});

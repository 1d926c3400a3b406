/**
 * A plan read out of the database is in the plan file's shape whatever its rows hold: columns
 * the file does not define are dropped, sets of links are in one order, records are sorted by
 * id. Merges, diffs and fingerprints compare snapshots with files, so a stray column or the
 * order links were made in must never show as a change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAsNewPlan } from '../../../../renderer/src/db/plan-io';
import { snapshotPlan } from '../../../../renderer/src/db/plan-snapshot';
import { fingerprintOf } from '../../../../shared/plan-file/fingerprint';
import { PLAN_TABLES, REFERENCES } from '../../../../shared/records/registry';
import { planFileArb } from '../../plan-file/arbitraries';
import { makeDb } from './factories';

/** A stored row as another version of the app might have left it. */
function untidy(row: Record<string, unknown>, listFields: readonly string[]) {
  const out: Record<string, unknown> = { legacyColumn: 'kept by an older version', ...row };
  for (const field of listFields) {
    const value = row[field];
    if (Array.isArray(value)) out[field] = [...(value as string[])].reverse();
  }
  return out;
}

describe('a snapshot of a stored plan', () => {
  it('is the plan file, whatever extra columns and link order its rows have', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb(), async (file) => {
        const db = makeDb();
        await importAsNewPlan(db, file);
        const tidy = await snapshotPlan(db, file.plan.id);
        for (const table of PLAN_TABLES) {
          const lists = REFERENCES.filter((r) => r.table === table && r.list).map((r) => r.field);
          const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
          await db.table(table).bulkPut(rows.reverse().map((row) => untidy(row, lists)));
        }
        const snapshot = await snapshotPlan(db, file.plan.id);
        expect(snapshot).toEqual(tidy);
        expect(snapshot && fingerprintOf(snapshot)).toBe(fingerprintOf(file));
        db.close();
      }),
      { numRuns: 25 },
    );
  });
});

/**
 * A merge or a replacement never writes over another plan: a file of this plan whose records
 * carry an id another plan holds here, as a record or as a deletion record, is refused with
 * the place of the record in the file, and nothing stored changes. Records the plan already
 * holds are its own (they are not read again), but their ids still count against deletion
 * records: writing a record removes the deletion record of its id, whoever's it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { importAsNewPlan, mergeIntoPlan, replacePlan } from '../../../../renderer/src/db/plan-io';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { PLAN_TABLES, RECORD_NOUNS, type PlanTable } from '../../../../shared/records/registry';
import { planFileArb } from '../../plan-file/arbitraries';
import { dumpDb, makeDb } from './factories';

const TIMEOUT = 30_000;
const modeArb = fc.constantFrom('merge' as const, 'replace' as const);

function write(db: PlannerDb, file: PlanFile, mode: 'merge' | 'replace') {
  return mode === 'merge' ? mergeIntoPlan(db, file) : replacePlan(db, file, 'test');
}

const tablesWithRecords = (file: PlanFile): PlanTable[] =>
  PLAN_TABLES.filter((table) => file[table].length > 0);

describe('merging or replacing with ids another plan holds', () => {
  it(
    'refuses a new record under the id of another plan’s record, of any kind',
    async () => {
      const arb = fc.tuple(planFileArb(), planFileArb(), fc.nat(), modeArb);
      await fc.assert(
        fc.asyncProperty(arb, async ([file, other, pick, mode]) => {
          fc.pre(file.plan.id !== other.plan.id && tablesWithRecords(other).length > 0);
          const tables = tablesWithRecords(other);
          const table = tables[pick % tables.length] as PlanTable;
          const db = makeDb();
          await importAsNewPlan(db, file);
          await importAsNewPlan(db, other);
          const before = await dumpDb(db);
          const [theirs] = other[table];
          const intruding = {
            ...file,
            [table]: [...file[table], { ...theirs, planId: file.plan.id }],
          } as PlanFile;
          await expect(write(db, intruding, mode)).rejects.toThrow(
            `${table}[${file[table].length}]: this ${RECORD_NOUNS[table]} has the id of a record of another plan here`,
          );
          expect(await dumpDb(db)).toEqual(before);
          db.close();
        }),
        { numRuns: 15 },
      );
    },
    TIMEOUT,
  );

  it(
    'refuses to write the plan’s own record whose id another plan keeps as deleted',
    async () => {
      const arb = fc.tuple(planFileArb(), planFileArb(), fc.nat(), modeArb);
      await fc.assert(
        fc.asyncProperty(arb, async ([file, other, pick, mode]) => {
          fc.pre(file.plan.id !== other.plan.id && tablesWithRecords(file).length > 0);
          const tables = tablesWithRecords(file);
          const table = tables[pick % tables.length] as PlanTable;
          const id = file[table][0]?.id ?? '';
          const db = makeDb();
          await importAsNewPlan(db, file);
          await importAsNewPlan(db, other);
          await db.deletions.put({
            id,
            planId: other.plan.id,
            table,
            deletedAt: '2026-11-30T09:00:00.000Z',
          });
          const before = await dumpDb(db);
          await expect(write(db, file, mode)).rejects.toThrow(
            `a record with the id "${id}": this record has the id of a record of another plan here`,
          );
          expect(await dumpDb(db)).toEqual(before);
          db.close();
        }),
        { numRuns: 15 },
      );
    },
    TIMEOUT,
  );
});

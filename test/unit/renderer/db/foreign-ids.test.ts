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

/** A kind of record `file` holds, picked by `pick`, or null when it holds none. */
function kindHeld(file: PlanFile, pick: number): PlanTable | null {
  const tables = PLAN_TABLES.filter((table) => file[table].length > 0);
  return tables[pick % tables.length] ?? null;
}

/** Two plans stored side by side, from their files. */
async function bothStored(file: PlanFile, other: PlanFile): Promise<PlannerDb> {
  const db = makeDb();
  await importAsNewPlan(db, file);
  await importAsNewPlan(db, other);
  return db;
}

const cases = fc.tuple(planFileArb(), planFileArb(), fc.nat(), modeArb);

describe('merging or replacing with ids another plan holds', () => {
  it(
    'refuses a new record under the id of another plan’s record, of any kind',
    async () => {
      await fc.assert(
        fc.asyncProperty(cases, async ([file, other, pick, mode]) => {
          const table = kindHeld(other, pick);
          fc.pre(file.plan.id !== other.plan.id && table !== null);
          const db = await bothStored(file, other);
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
      await fc.assert(
        fc.asyncProperty(cases, async ([file, other, pick, mode]) => {
          const table = kindHeld(file, pick);
          fc.pre(file.plan.id !== other.plan.id && table !== null);
          const id = file[table][0]?.id ?? '';
          const db = await bothStored(file, other);
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

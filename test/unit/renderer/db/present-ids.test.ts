/**
 * Which of many ids a table holds, as an import asks it of every id in a file: the answer is
 * the same whether the table's keys are read at once (a list about as long as the table) or
 * each id is asked for (a few ids, or a table far larger than the list).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentIds, recordsAmong } from '../../../../renderer/src/db/present-ids';
import type { Deletion } from '../../../../shared/domain/product';
import { makeDb } from './factories';

const tombstone = (id: string): Deletion => ({
  id,
  planId: `plan-of-${id}`,
  table: 'backlogItems',
  deletedAt: '2026-12-01T09:00:00.000Z',
});

/** Ids `stored-0`…, of which the table holds the first `stored`; `asked` picks among twice as many. */
async function tableWith(stored: number) {
  const db = makeDb();
  await db.deletions.bulkPut(Array.from({ length: stored }, (_, i) => tombstone(`stored-${i}`)));
  return db;
}

const askedArb = (stored: number) =>
  fc
    .array(fc.nat({ max: stored * 2 + 3 }), { maxLength: 300, size: 'max' })
    .map((picks) => picks.map((n) => `stored-${n}`));

describe('the ids a table holds among many', () => {
  it('are those it stores, for lists shorter and longer than the table', async () => {
    const cases = fc
      .nat({ max: 400 })
      .chain((stored) => fc.tuple(fc.constant(stored), askedArb(stored)));
    await fc.assert(
      fc.asyncProperty(cases, async ([stored, asked]) => {
        const db = await tableWith(stored);
        const held = (id: string) => Number(id.slice('stored-'.length)) < stored;
        expect(await presentIds(db.deletions, asked)).toEqual(new Set(asked.filter(held)));
        const records = await recordsAmong(db.deletions, asked);
        const expected = asked.flatMap((id, at) =>
          held(id) ? [{ at, record: tombstone(id) }] : [],
        );
        expect(records).toEqual(expected);
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('are found among a table many times longer than the list', async () => {
    const db = await tableWith(3_000);
    const asked = [
      'stored-2999',
      'missing',
      ...Array.from({ length: 98 }, (_, i) => `stored-${i * 7}`),
    ];
    const present = await presentIds(db.deletions, asked);
    expect(present.has('stored-2999')).toBe(true);
    expect(present.has('missing')).toBe(false);
    expect(present.size).toBe(99);
    const records = await recordsAmong(db.deletions, asked);
    expect(records.map(({ at }) => at)).toEqual([
      0,
      ...Array.from({ length: 98 }, (_, i) => i + 2),
    ]);
    db.close();
  });

  it('are none when nothing is asked or the table is empty', async () => {
    const db = await tableWith(0);
    expect(await presentIds(db.deletions, [])).toEqual(new Set());
    expect(
      await recordsAmong(
        db.deletions,
        Array.from({ length: 100 }, (_, i) => `stored-${i}`),
      ),
    ).toEqual([]);
    db.close();
  });
});

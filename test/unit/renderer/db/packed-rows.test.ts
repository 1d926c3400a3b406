/**
 * Rows kept in packs per plan read back as written, whichever owners share a pack, and a pack
 * that cannot be read neither hides rows from the roadmap nor loses its other rows at the next
 * write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBacklogItem } from '../../../../renderer/src/db/backlog-items';
import {
  PACKS_PER_PLAN,
  PackedRowStore,
  bucketOf,
  packsOf,
  readPackedRows,
  type OwnerKey,
  type Pack,
} from '../../../../renderer/src/db/packed-rows';
import { readRoadmapData } from '../../../../renderer/src/db/portfolio';
import { createProduct } from '../../../../renderer/src/db/products';
import { roadmapCodec } from '../../../../renderer/src/db/roadmap-rows';
import type { RoadmapRow } from '../../../../shared/domain/roadmap-row';
import { expectedRoadmapRows, makeDb, makeDraft, makePlan, storedRoadmapRows } from './factories';

const PLANS = ['plan-a', 'plan-b'];
const key = fc.record({
  planId: fc.constantFrom(...PLANS),
  owner: fc.integer({ min: 0, max: 59 }),
});
const step = fc.record({
  kept: fc.array(fc.record({ at: key, entries: fc.string({ maxLength: 12 }) }), {
    maxLength: 12,
  }),
  dropped: fc.array(key, { maxLength: 6 }),
});

/** Ids that name something every object has: they must be rows like any other. */
const AWKWARD = ['__proto__', 'toString', 'constructor', 'hasOwnProperty'];
const asKey = ({ planId, owner }: { planId: string; owner: number }): OwnerKey => ({
  planId,
  owner: AWKWARD[owner] ?? `product-${owner}`,
});
const rowOf = (k: OwnerKey, entries: string): RoadmapRow => ({
  productId: k.owner,
  planId: k.planId,
  entries,
});
const byOwner = (rows: RoadmapRow[]) =>
  [...rows].sort((a, b) => a.productId.localeCompare(b.productId));

describe('rows packed per plan', () => {
  it('read back as written after any puts and removals, in at most 16 packs a plan', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 8, size: 'max' }),
        async (steps) => {
          const db = makeDb();
          const store = new PackedRowStore(db.roadmapPacks, roadmapCodec, () =>
            Promise.reject(new Error('no pack is unreadable here')),
          );
          const model = new Map<string, RoadmapRow>();
          for (const { kept, dropped } of steps) {
            const keptRows = kept.map(({ at, entries }) => rowOf(asKey(at), entries));
            const droppedKeys = dropped.map(asKey);
            await db.transaction('rw', db.roadmapPacks, () => store.write(keptRows, droppedKeys));
            for (const k of droppedKeys) model.delete(`${k.planId} ${k.owner}`);
            for (const row of keptRows) model.set(`${row.planId} ${row.productId}`, row);
            for (const planId of PLANS) {
              const expected = [...model.values()].filter((row) => row.planId === planId);
              expect(
                byOwner((await readPackedRows(db.roadmapPacks, planId, roadmapCodec)) ?? []),
              ).toEqual(byOwner(expected));
              const packs = await db.roadmapPacks.where('planId').equals(planId).toArray();
              expect(packs.length).toBeLessThanOrEqual(PACKS_PER_PLAN);
              // A pack whose last row went is removed, not left empty.
              expect(packs.filter((pack) => Object.keys(pack.rows).length === 0)).toEqual([]);
            }
          }
          // A rebuild packs the same rows the same way.
          const rebuilt = packsOf([...model.values()], roadmapCodec);
          const stored = await db.roadmapPacks.toArray();
          const byId = (packs: Pack[]) => [...packs].sort((x, y) => x.id.localeCompare(y.id));
          expect(byId(rebuilt)).toEqual(byId(stored));
          const keys = [...model.values()].map(roadmapCodec.keyOf);
          expect(await store.bulkGet(keys)).toEqual([...model.values()]);
          expect(await store.bulkGet([{ planId: 'plan-a', owner: 'never-written' }])).toEqual([
            undefined,
          ]);
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds no row for an id that names something of every object, beside a stored row', async () => {
    const db = makeDb();
    const store = new PackedRowStore(db.roadmapPacks, roadmapCodec, () => Promise.resolve([]));
    for (const owner of AWKWARD) {
      // A row stored in the pack this id picks, so the pack is there to look in.
      const neighbour = Array.from({ length: 200 }, (_, n) => `product-${n}`).find(
        (id) => bucketOf(id) === bucketOf(owner),
      );
      if (!neighbour) throw new Error(`no id shares a pack with ${owner}`);
      const row = rowOf({ planId: 'plan-a', owner: neighbour }, '[]');
      await db.transaction('rw', db.roadmapPacks, () => store.write([row], []));
      expect(await store.bulkGet([{ planId: 'plan-a', owner }]), owner).toEqual([undefined]);
    }
    db.close();
  });

  it('spreads owners over every pack', () => {
    const buckets = new Set(Array.from({ length: 400 }, (_, i) => bucketOf(`product-${i}`)));
    expect(buckets.size).toBe(PACKS_PER_PLAN);
  });
});

describe('a roadmap pack that cannot be read', () => {
  it('shows every open item, and is made again whole at the next write', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const products: string[] = [];
    for (let n = 0; n < 24; n += 1) {
      const [created] = await createProduct(db, plan.id, makeDraft({ name: `P${n}` }));
      const id = (created?.after as { id: string }).id;
      products.push(id);
      await createBacklogItem(db, id, { title: `Item of P${n}` });
    }
    // A pack holding at least two products, so that one write must not lose the other.
    const shared = products.find((id) =>
      products.some((other) => other !== id && bucketOf(other) === bucketOf(id)),
    );
    if (!shared) throw new Error('24 products share no pack');
    const packId = `${plan.id}/${bucketOf(shared)}`;
    await db.roadmapPacks.update(packId, { rows: { [shared]: 5 } as never });

    const data = await readRoadmapData(db, plan.id);
    expect(data.entries.map((e) => e.title).sort()).toEqual(
      Array.from({ length: 24 }, (_, n) => `Item of P${n}`).sort(),
    );

    await createBacklogItem(db, shared, { title: 'Another' });
    expect(await storedRoadmapRows(db, plan.id)).toEqual(await expectedRoadmapRows(db, plan.id));
    db.close();
  });
});

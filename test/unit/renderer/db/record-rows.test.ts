/**
 * The milestone and KPI rows the roadmap and the health view read stay equal to the stored
 * records, after every edit a user can make to milestones and KPIs, its undo and its redo, and
 * the deletion of a product; and the views read them as the records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../../renderer/src/db/changes';
import {
  createMilestone,
  deleteMilestone,
  toggleMilestoneDone,
  updateMilestone,
} from '../../../../renderer/src/db/milestones';
import { createKpi, deleteKpi, updateKpi } from '../../../../renderer/src/db/kpis';
import { readHealthData, readRoadmapData } from '../../../../renderer/src/db/portfolio';
import { createProduct, deleteProduct } from '../../../../renderer/src/db/products';
import {
  UndoHistory,
  undoRedoSteps,
  expectedKpiRows,
  expectedMilestoneRows,
  makeDb,
  makeDraft,
  makePlan,
  storedKpiRows,
  storedMilestoneRows,
} from './factories';

type Step =
  | { kind: 'create'; product: number; title: string; date: string }
  | { kind: 'rename'; pick: number; title: string }
  | { kind: 'toggle'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'delete-product'; product: number }
  | { kind: 'create-kpi'; product: number; target: number }
  | { kind: 'retarget-kpi'; pick: number; target: number }
  | { kind: 'delete-kpi'; pick: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const title = fc.constantFrom('Beta', 'GA “2.0”', 'Sunset — EU');
const date = fc.constantFrom('2025-01-31', '2026-06-30', '2027-12-01');
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('create' as const), product: fc.nat(3), title, date }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), title }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete-product' as const), product: fc.nat(3) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('create-kpi' as const),
      product: fc.nat(3),
      // A target of -0 is kept as 0 (as a plan file keeps it): the same target on screen.
      target: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('retarget-kpi' as const),
      pick: fc.nat(),
      target: fc.integer(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-kpi' as const), pick: fc.nat() }) },
  ...undoRedoSteps,
);

describe('milestone and KPI rows kept with their records', () => {
  it('equal the stored records after any edits, undos and redos', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }),
        async (steps) => {
          const db = makeDb();
          const plan = await makePlan(db);
          const other = await makePlan(db, 'Other');
          const products: string[] = [];
          for (let n = 0; n < 4; n += 1) {
            const planId = n === 3 ? other.id : plan.id;
            const [created] = await createProduct(db, planId, makeDraft({ name: `P${n}` }));
            products.push((created?.after as { id: string }).id);
          }
          const history = new UndoHistory(db);
          for (const s of steps) {
            const milestones = await db.milestones.orderBy('id').toArray();
            const picked = (n: number) => milestones[n % Math.max(1, milestones.length)]?.id ?? '';
            const kpis = await db.kpis.orderBy('id').toArray();
            const kpiAt = (n: number) => kpis[n % Math.max(1, kpis.length)]?.id ?? '';
            let changes: RecordChange[] | null = null;
            try {
              if (s.kind === 'create')
                changes = await createMilestone(db, products[s.product] ?? '', s);
              if (s.kind === 'rename') changes = await updateMilestone(db, picked(s.pick), s);
              if (s.kind === 'toggle') changes = await toggleMilestoneDone(db, picked(s.pick));
              if (s.kind === 'delete') changes = await deleteMilestone(db, picked(s.pick));
              if (s.kind === 'create-kpi') {
                const draft = {
                  name: 'NPS',
                  unit: '',
                  target: s.target,
                  direction: 'higher' as const,
                };
                changes = await createKpi(db, products[s.product] ?? '', draft);
              }
              if (s.kind === 'retarget-kpi') changes = await updateKpi(db, kpiAt(s.pick), s);
              if (s.kind === 'delete-kpi') changes = await deleteKpi(db, kpiAt(s.pick));
              if (s.kind === 'delete-product')
                changes = await deleteProduct(db, products[s.product] ?? '');
            } catch {
              // No milestone or KPI yet, or a product already deleted: nothing is written.
            }
            history.record(changes);
            if (s.kind === 'undo') await history.undo();
            if (s.kind === 'redo') await history.redo();
            for (const planId of [plan.id, other.id]) {
              expect(await storedMilestoneRows(db, planId)).toEqual(
                await expectedMilestoneRows(db, planId),
              );
              expect(await storedKpiRows(db, planId)).toEqual(await expectedKpiRows(db, planId));
            }
          }
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('give the roadmap and the health view every milestone of the plan, and no other', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const other = await makePlan(db, 'Other');
    const [mine] = await createProduct(db, plan.id, makeDraft({ name: 'Mine' }));
    const [theirs] = await createProduct(db, other.id, makeDraft({ name: 'Theirs' }));
    const mineId = (mine?.after as { id: string }).id;
    for (let n = 0; n < 40; n += 1) {
      await createMilestone(db, mineId, {
        title: `M${n}`,
        date: `2026-01-${String((n % 28) + 1).padStart(2, '0')}`,
      });
    }
    await createMilestone(db, (theirs?.after as { id: string }).id, {
      title: 'X',
      date: '2026-02-02',
    });
    const stored = await db.milestones.where('planId').equals(plan.id).toArray();
    const roadmap = await readRoadmapData(db, plan.id);
    expect(roadmap.milestoneDates).toEqual(new Map(stored.map((m) => [m.id, m.date])));
    const health = await readHealthData(db, plan.id);
    const byId = [...health.milestones].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId).toEqual(await expectedMilestoneRows(db, plan.id));
    expect(health.kpis).toEqual([]);
    db.close();
  });
});

describe('a milestone pack or row that cannot be read', () => {
  it('leaves the views every milestone, and is made again at the next write to it', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [created] = await createProduct(db, plan.id, makeDraft({ name: 'Mine' }));
    const productId = (created?.after as { id: string }).id;
    for (let n = 0; n < 40; n += 1) {
      await createMilestone(db, productId, { title: `M${n}`, date: '2026-03-01' });
    }
    const rows = await expectedMilestoneRows(db, plan.id);
    const dates = new Map(rows.map((m) => [m.id, m.date]));
    const [first, second] = await db.milestonePacks.where('planId').equals(plan.id).toArray();
    if (!first || !second) throw new Error('40 milestones fill one pack');
    // One row that is no JSON, and a whole pack that is no pack.
    const [broken = ''] = Object.keys(first.rows);
    await db.milestonePacks.put({ ...first, rows: { ...first.rows, [broken]: '[1,' } });
    await db.milestonePacks.update(second.id, { rows: 'not rows' as never });

    expect((await readRoadmapData(db, plan.id)).milestoneDates).toEqual(dates);
    const health = await readHealthData(db, plan.id);
    expect(health.milestones.map((m) => m.id).sort()).toEqual(rows.map((m) => m.id));

    await updateMilestone(db, broken, { title: 'Renamed' });
    const [inSecond = ''] = Object.keys(second.rows);
    await toggleMilestoneDone(db, inSecond);
    expect(await storedMilestoneRows(db, plan.id)).toEqual(
      await expectedMilestoneRows(db, plan.id),
    );
    db.close();
  });
});

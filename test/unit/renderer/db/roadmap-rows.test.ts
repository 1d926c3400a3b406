/**
 * The rows the roadmap reads stay equal to what the stored backlog items make, after every
 * edit a user can make to items, its undo and its redo, and the deletion of a product.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBacklogItem,
  deleteBacklogItems,
  updateBacklogItems,
  type BacklogItemPatch,
} from '../../../../renderer/src/db/backlog-items';
import type { RecordChange } from '../../../../renderer/src/db/changes';
import { setBacklogItemHorizon } from '../../../../renderer/src/db/portfolio';
import { createProduct, deleteProduct } from '../../../../renderer/src/db/products';
import { BACKLOG_STATUSES, HORIZONS, MOSCOW } from '../../../../shared/domain/workspace';
import {
  UndoHistory,
  undoRedoSteps,
  expectedRoadmapRows,
  makeDb,
  makeDraft,
  makePlan,
  storedRoadmapRows,
} from './factories';

const patch: fc.Arbitrary<BacklogItemPatch> = fc.record(
  {
    title: fc.constantFrom('Sync', 'Export “CSV”', 'Dark mode'),
    status: fc.constantFrom(...BACKLOG_STATUSES),
    moscow: fc.option(fc.constantFrom(...MOSCOW)),
    reach: fc.option(fc.nat(5000)),
    horizon: fc.option(fc.constantFrom(...HORIZONS)),
  },
  { requiredKeys: [] },
);

type Step =
  | { kind: 'create'; product: number; patch: BacklogItemPatch }
  | { kind: 'update'; picks: number[]; patch: BacklogItemPatch }
  | { kind: 'place'; pick: number; horizon: (typeof HORIZONS)[number] | null }
  | { kind: 'delete'; picks: number[] }
  | { kind: 'delete-product'; product: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('create' as const), product: fc.nat(2), patch }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('update' as const), picks, patch }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('place' as const),
      pick: fc.nat(),
      horizon: fc.option(fc.constantFrom(...HORIZONS)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), picks }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete-product' as const), product: fc.nat(2) }),
  },
  ...undoRedoSteps,
);

describe('roadmap rows kept with the backlog', () => {
  it('equal the rows of the stored items after any edits, undos and redos', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }),
        async (steps) => {
          const db = makeDb();
          const plan = await makePlan(db);
          const products: string[] = [];
          for (let n = 0; n < 3; n += 1) {
            const [created] = await createProduct(db, plan.id, makeDraft({ name: `P${n}` }));
            products.push((created?.after as { id: string }).id);
          }
          const history = new UndoHistory(db);
          for (const s of steps) {
            const items = await db.backlogItems.where('planId').equals(plan.id).sortBy('id');
            const idsOf = (numbers: number[]) =>
              items.length === 0 ? [] : numbers.map((n) => items[n % items.length]?.id ?? '');
            let changes: RecordChange[] | null = null;
            try {
              if (s.kind === 'create') {
                const draft = { title: 'New item', ...s.patch };
                changes = await createBacklogItem(db, products[s.product] ?? '', draft);
              }
              if (s.kind === 'update' && items.length > 0)
                changes = await updateBacklogItems(db, idsOf(s.picks), s.patch);
              if (s.kind === 'place' && items.length > 0)
                changes = await setBacklogItemHorizon(db, idsOf([s.pick])[0] ?? '', s.horizon);
              if (s.kind === 'delete' && items.length > 0)
                changes = await deleteBacklogItems(db, idsOf(s.picks));
              if (s.kind === 'delete-product')
                changes = await deleteProduct(db, products[s.product] ?? '');
            } catch {
              // A product already deleted, or an item of one: nothing is written.
            }
            history.record(changes);
            if (s.kind === 'undo') await history.undo();
            if (s.kind === 'redo') await history.redo();
            expect(await storedRoadmapRows(db, plan.id)).toEqual(
              await expectedRoadmapRows(db, plan.id),
            );
          }
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});

/**
 * Properties of merging, over plan files that hold every table with links between them:
 * two PMs edit copies of one base plan and the copies are merged in both orders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_TABLES } from '../../../shared/records/registry';
import { PRODUCT_CHILD_TABLES } from '../../../shared/records/registry';
import { mergePlanFiles } from '../../../shared/plan-file/merge';
import { validatePlanFile } from '../../../shared/plan-file/schema';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { planFileArb, timestampArb } from './arbitraries';
import { editCopy, type SideEdits } from './edits';

const RUNS = { numRuns: 120 };
const EDITS_FROM = new Date('2024-01-01T00:00:00.000Z');
const EDITS_TO = new Date('2025-12-31T00:00:00.000Z');
const editTime = timestampArb(EDITS_FROM, EDITS_TO);
const bytes = (file: PlanFile) => serializePlanFile(file);

type Owner = 'A' | 'B' | 'both' | 'none';

/**
 * A base plan and two copies edited from it; `owners` says who touches each product and
 * who touches the plan-wide records (personas, competitors, stage templates).
 */
function twoCopies(owners: fc.Arbitrary<Owner>) {
  return planFileArb()
    .chain((base) =>
      fc.record({
        base: fc.constant(base),
        owners: fc.array(owners, {
          minLength: base.products.length,
          maxLength: base.products.length,
        }),
        sharedOwner: owners,
        seeds: fc.tuple(fc.integer(), fc.integer()),
        // Equal times happen: both sides may stamp the same instant.
        times: fc.oneof(
          fc.tuple(editTime, editTime),
          editTime.map((t) => [t, t] as [string, string]),
        ),
        renamePlan: fc.constantFrom<'A' | 'B' | 'none' | 'both'>('A', 'B', 'none', 'both'),
      }),
    )
    .map(({ base, owners: ownerList, sharedOwner, seeds, times, renamePlan }) => {
      const ownerOf = new Map(base.products.map((p, i) => [p.id, ownerList[i] ?? 'none']));
      const isOwner = (owner: Owner | undefined, side: 'A' | 'B') =>
        owner === side || owner === 'both';
      const copy = (side: 'A' | 'B', seed: number, at: string): SideEdits =>
        editCopy(base, {
          side,
          seed,
          at,
          owns: (id) => isOwner(ownerOf.get(id), side),
          ownsShared: isOwner(sharedOwner, side),
          renamePlan: renamePlan === side || renamePlan === 'both',
        });
      return { base, a: copy('A', seeds[0], times[0]), b: copy('B', seeds[1], times[1]) };
    });
}

const disjoint = twoCopies(fc.constantFrom<Owner>('A', 'B', 'none'));
const overlapping = twoCopies(fc.constantFrom<Owner>('A', 'B', 'both', 'none'));

/**
 * A stage template deleted and made again keeps its derived id; the merge keeps the earlier
 * creation time of the two, so that one field is not the side's own.
 */
const comparable = (record: { createdAt: string } | undefined, table: string) =>
  record && table === 'stageTemplates' ? { ...record, createdAt: '' } : record;

function expectEditsIn(result: PlanFile, edits: SideEdits) {
  const live = new Map<string, { createdAt: string }>(
    PLAN_TABLES.flatMap((table) => result[table].map((r) => [r.id, r] as const)),
  );
  for (const [id, { table, record }] of edits.changed) {
    expect(comparable(live.get(id), table)).toEqual(
      comparable(record as { createdAt: string }, table),
    );
  }
  const deleted = new Set(result.deletions.map((d) => d.id));
  for (const id of edits.deleted) {
    expect(live.has(id)).toBe(false);
    expect(deleted.has(id)).toBe(true);
  }
  if (edits.planRenamed) expect(result.plan).toEqual(edits.file.plan);
}

describe('merge properties', () => {
  it('merging a plan with itself changes nothing, with or without a base', () => {
    fc.assert(
      fc.property(planFileArb(), (file) => {
        for (const base of [null, file]) {
          const { result, diff, counts } = mergePlanFiles(file, file, { base });
          expect(diff).toEqual([]);
          expect(counts).toEqual({ added: 0, changed: 0, removed: 0, conflicts: 0 });
          expect(bytes(result)).toBe(bytes(file));
        }
      }),
      RUNS,
    );
  });

  it('merging the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(overlapping, ({ base, a, b }) => {
        const once = mergePlanFiles(a.file, b.file, { base }).result;
        // The second time, their file is the base: it is a copy this side has shared.
        expect(bytes(mergePlanFiles(once, b.file, { base: b.file }).result)).toBe(bytes(once));
        const blind = mergePlanFiles(a.file, b.file).result;
        expect(bytes(mergePlanFiles(blind, b.file).result)).toBe(bytes(blind));
      }),
      RUNS,
    );
  });

  it('two PMs’ edits of different records merge to the same plan in either order, with both edits', () => {
    fc.assert(
      fc.property(disjoint, ({ base, a, b }) => {
        fc.pre(!(a.planRenamed && b.planRenamed));
        for (const known of [base, null]) {
          const ab = mergePlanFiles(a.file, b.file, { base: known });
          const ba = mergePlanFiles(b.file, a.file, { base: known });
          expect(bytes(ab.result)).toBe(bytes(ba.result));
          expectEditsIn(ab.result, a);
          expectEditsIn(ab.result, b);
          // With the base known, edits of different records never conflict.
          if (known) expect(ab.diff.filter((d) => d.fields.length > 0)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('overlapping edits still merge to the same plan in either order', () => {
    fc.assert(
      fc.property(overlapping, ({ base, a, b }) => {
        for (const known of [base, null]) {
          expect(bytes(mergePlanFiles(a.file, b.file, { base: known }).result)).toBe(
            bytes(mergePlanFiles(b.file, a.file, { base: known }).result),
          );
        }
      }),
      RUNS,
    );
  });

  it('the merged plan always passes the checks an imported file must pass', () => {
    fc.assert(
      fc.property(overlapping, ({ base, a, b }) => {
        for (const known of [base, null]) {
          const checked = validatePlanFile(mergePlanFiles(a.file, b.file, { base: known }).result);
          expect(checked.ok ? null : checked.problem).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('a deletion wins over an older edit of the same record, from either side', () => {
    const arb = planFileArb()
      .filter((file) => file.products.length > 0)
      .chain((base) =>
        fc.record({
          base: fc.constant(base),
          index: fc.nat(base.products.length - 1),
          editedAt: editTime,
          deletedAfter: fc.integer({ min: 0, max: 10_000_000 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ base, index, editedAt, deletedAfter }) => {
        const target = base.products[index] as PlanFile['products'][number];
        const deletedAt = new Date(Date.parse(editedAt) + deletedAfter).toISOString();
        const edited = buildPlanFile({
          ...base,
          products: base.products.map((p) =>
            p.id === target.id ? { ...p, name: `${p.name} edited`, updatedAt: editedAt } : p,
          ),
        });
        const children = (file: PlanFile) =>
          PRODUCT_CHILD_TABLES.flatMap((table) =>
            file[table]
              .filter((record) => (record as { productId: string }).productId === target.id)
              .map((record) => ({ table, id: record.id })),
          );
        const childIds = new Set(children(base).map((child) => child.id));
        const remaining = Object.fromEntries(
          PRODUCT_CHILD_TABLES.map((table) => [
            table,
            base[table].filter((record) => !childIds.has(record.id)),
          ]),
        );
        const deleted = buildPlanFile({
          ...base,
          ...remaining,
          products: base.products.filter((p) => p.id !== target.id),
          deletions: [
            ...base.deletions,
            { id: target.id, planId: base.plan.id, table: 'products', deletedAt },
            ...children(base).map(({ table, id }) => ({
              id,
              planId: base.plan.id,
              table,
              deletedAt,
            })),
          ],
        });
        for (const result of [
          mergePlanFiles(edited, deleted).result,
          mergePlanFiles(deleted, edited).result,
        ]) {
          expect(result.products.some((p) => p.id === target.id)).toBe(false);
          expect(children(result)).toEqual([]);
          const deletedIds = new Set(result.deletions.map((d) => d.id));
          expect(deletedIds.has(target.id)).toBe(true);
          for (const id of childIds) expect(deletedIds.has(id)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

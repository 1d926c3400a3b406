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
import { planFileArb } from './arbitraries';
import type { SideEdits } from './edits';
import { disjoint, editTime, overlapping } from './two-copies';

const RUNS = { numRuns: 120 };
const bytes = (file: PlanFile) => serializePlanFile(file);

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

/**
 * fast-check arbitraries for plan files, for property tests here and elsewhere: any valid
 * plan file (ids unique across tables, children pointing at products, deletions of records
 * that are gone), and independent edits of a copy, as two PMs would make them.
 */
import fc from 'fast-check';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import {
  emptyProductLinks,
  PLAN_TABLES,
  checkName,
  type ChecklistItem,
  type Deletion,
  type Milestone,
  type Product,
} from '../../../shared/domain/product';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';

/** Base records are stamped 2020–2023; edits made by tests come later. */
export const BASE_FROM = new Date('2020-01-01T00:00:00.000Z');
export const BASE_TO = new Date('2023-12-31T23:59:59.999Z');

export const timestampArb = (min = BASE_FROM, max = BASE_TO) =>
  fc.date({ min, max, noInvalidDate: true }).map((date) => date.toISOString());

const tricky = fc.constantFrom(
  '*bold*',
  '<script>alert(1)</script>',
  '=SUM(A1:A9)',
  '-1',
  '@mention',
  'a, b "quoted"\nnext line',
  'Sofía Ünal 日本 🚀',
  '  padded  ',
);

/** Text of every kind: ASCII, any code point (lone surrogates included), and known traps. */
export const textArb = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  tricky,
);

export const nameArb = textArb.filter((text) => checkName(text).ok);
export const stageArb = fc.constantFrom<Stage>(...STAGES);
export const rankArb = fc.string({ minLength: 1, maxLength: 6 });
const dayArb = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const stampsArb = fc
  .tuple(timestampArb(), timestampArb())
  .map(([a, b]) => (a <= b ? { createdAt: a, updatedAt: b } : { createdAt: b, updatedAt: a }));

const productPartArb = fc.record({
  id: fc.uuid(),
  name: nameArb,
  summary: textArb,
  owner: textArb,
  tags: fc.array(textArb, { maxLength: 3 }),
  stage: stageArb,
  rank: rankArb,
  stageHistory: fc.array(fc.record({ stage: stageArb, enteredAt: timestampArb() }), {
    maxLength: 3,
  }),
  archived: fc.boolean(),
  stamps: stampsArb,
});

const childPartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  stage: stageArb,
  text: nameArb,
  date: dayArb,
  done: fc.boolean(),
  rank: rankArb,
  stamps: stampsArb,
});

const deletionPartArb = fc.record({
  id: fc.uuid(),
  table: fc.constantFrom(...PLAN_TABLES),
  deletedAt: timestampArb(),
});

export interface PlanFileArbOptions {
  maxProducts?: number;
  maxChildren?: number;
}

export function planFileArb(options: PlanFileArbOptions = {}): fc.Arbitrary<PlanFile> {
  const { maxProducts = 6, maxChildren = 10 } = options;
  return fc
    .record({
      planId: fc.uuid(),
      planName: nameArb,
      planStamps: stampsArb,
      products: fc.array(productPartArb, { maxLength: maxProducts }),
      checklistItems: fc.array(childPartArb, { maxLength: maxChildren }),
      milestones: fc.array(childPartArb, { maxLength: maxChildren }),
      deletions: fc.array(deletionPartArb, { maxLength: 4 }),
    })
    .map((parts) => {
      // Ids are random UUIDs; dropping repeats keeps every id unique across tables anyway.
      const seen = new Set<string>([parts.planId]);
      const fresh = <T extends { id: string }>(items: T[]) =>
        items.filter((item) => !seen.has(item.id) && seen.add(item.id));
      const planId = parts.planId;
      const products: Product[] = fresh(parts.products).map(({ stamps, ...p }) => ({
        ...p,
        ...emptyProductLinks(),
        planId,
        ...stamps,
      }));
      const productOf = (index: number) => products[index % Math.max(products.length, 1)]?.id;
      const checklistItems: ChecklistItem[] = products.length
        ? fresh(parts.checklistItems).map((c) => ({
            id: c.id,
            planId,
            productId: productOf(c.productIndex) as string,
            stage: c.stage,
            text: c.text,
            done: c.done,
            rank: c.rank,
            ...c.stamps,
          }))
        : [];
      const milestones: Milestone[] = products.length
        ? fresh(parts.milestones).map((m) => ({
            id: m.id,
            planId,
            productId: productOf(m.productIndex) as string,
            title: m.text,
            date: m.date,
            done: m.done,
            ...m.stamps,
          }))
        : [];
      const deletions: Deletion[] = fresh(parts.deletions).map((d) => ({ ...d, planId }));
      return buildPlanFile({
        plan: { id: planId, name: parts.planName, ...parts.planStamps },
        products,
        checklistItems,
        milestones,
        deletions,
      });
    });
}

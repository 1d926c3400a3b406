/**
 * Real plan files as text, for tests of main's file handling: main now parses a backup before
 * keeping it, so a backup must be a plan the app can read back.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { serializePlanFile } from '../../../shared/plan-file/serialize';
import { makePlanFile, makePlanRecord, makeProduct } from '../plan-file/factories';

/**
 * A plan with this id and name, holding `products` products, as the app would write it. Each
 * product's summary is `summary` when given, which makes large plans of a known content.
 */
export function planText(planId: string, name: string, products: number, summary?: string): string {
  const ranks = generateNKeysBetween(null, null, products);
  return serializePlanFile(
    makePlanFile({
      plan: makePlanRecord({ id: planId, name }),
      products: ranks.map((rank, i) =>
        makeProduct({
          id: `product-${String(i)}`,
          planId,
          name: `Product ${String(i)}`,
          rank,
          ...(summary === undefined ? {} : { summary }),
        }),
      ),
      checklistItems: [],
      milestones: [],
      deletions: [],
    }),
  );
}

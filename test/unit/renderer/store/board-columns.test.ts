/**
 * The board's columns for a search: each stage's shown products in rank order, whatever was
 * built from the same read before, and a column a search leaves as it was keeps its array
 * (the board skips drawing it again).
 */
import '../window-storage';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../../shared/domain/lifecycle';
import { compareByRank } from '../../../../shared/domain/moves';
import { emptyProductLinks, type Product } from '../../../../shared/domain/product';
import { searchTerms, shownOnBoard } from '../../../../shared/domain/search';
import { buildColumns } from '../../../../renderer/src/store/board-columns';

function product(n: number, stage: Stage, rank: string, name: string, archived = false): Product {
  return {
    id: `p${String(n).padStart(3, '0')}`,
    planId: 'plan',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name,
    summary: '',
    owner: n % 3 === 0 ? 'Ana Ortiz' : 'Li Wei',
    tags: n % 2 === 0 ? ['fintech'] : [],
    stage,
    rank,
    stageHistory: [{ stage, enteredAt: '2026-01-01' }],
    archived,
    ...emptyProductLinks(),
  };
}

/** What the board must show: filtered, then sorted, with nothing kept from anywhere. */
function expected(products: readonly Product[], search: string, showArchived: boolean) {
  const terms = searchTerms(search);
  return Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      products
        .filter((p) => p.stage === stage && shownOnBoard(p, terms, showArchived))
        .sort(compareByRank),
    ]),
  );
}

const anyProducts = fc
  .array(
    fc.record({
      stage: fc.constantFrom(...STAGES),
      // Few distinct ranks and names, so ties and shared words are common.
      rank: fc.constantFrom('a0', 'a1', 'a2', 'b0', 'Zz'),
      name: fc.constantFrom('Billing', 'Reminders', 'Remote', 'Ledger', 'Réseau'),
      archived: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, n) => product(n, r.stage, r.rank, r.name, r.archived)));

const searches = fc.array(
  fc.record({
    text: fc.constantFrom('', 'r', 're', 'rem', 'reminders', 'res', 'fintech', 'li w', 'zz'),
    showArchived: fc.boolean(),
  }),
  { minLength: 1, maxLength: 8 },
);

describe("the board's columns", () => {
  it('are the shown products of each stage in rank order, search after search', () => {
    fc.assert(
      fc.property(anyProducts, searches, (products, typed) => {
        for (const { text, showArchived } of typed) {
          expect(buildColumns(products, text, showArchived)).toEqual(
            expected(products, text, showArchived),
          );
        }
      }),
    );
  });

  it('keep the array of a column a search leaves as it was, and only that one', () => {
    const products = [
      product(1, 'ideation', 'a1', 'Remote'),
      product(2, 'ideation', 'a0', 'Reminders'),
      product(3, 'growth', 'a0', 'Ledger'),
      product(4, 'growth', 'a1', 'Reminders'),
    ];
    const before = buildColumns(products, 're', false);
    const after = buildColumns(products, 'rem', false);
    expect(after.ideation.map((p) => p.name)).toEqual(['Reminders', 'Remote']);
    expect(after.ideation).toBe(before.ideation);
    expect(after.growth).toBe(before.growth);
    const narrower = buildColumns(products, 'remi', false);
    expect(narrower.ideation.map((p) => p.name)).toEqual(['Reminders']);
    expect(narrower.ideation).not.toBe(after.ideation);
    expect(narrower.growth).toBe(after.growth);
  });

  it('follow a new read of the plan: a product moved or re-ranked shows where it now is', () => {
    const first = [product(1, 'ideation', 'a0', 'Billing'), product(2, 'ideation', 'a1', 'Ledger')];
    expect(buildColumns(first, '', false).ideation.map((p) => p.name)).toEqual([
      'Billing',
      'Ledger',
    ]);
    const [billing, ledger] = first as [Product, Product];
    const reranked = [{ ...billing, rank: 'a2' }, ledger];
    expect(buildColumns(reranked, '', false).ideation.map((p) => p.name)).toEqual([
      'Ledger',
      'Billing',
    ]);
    const moved = [{ ...billing, stage: 'launch' as const }, ledger];
    const columns = buildColumns(moved, '', false);
    expect(columns.ideation.map((p) => p.name)).toEqual(['Ledger']);
    expect(columns.launch.map((p) => p.name)).toEqual(['Billing']);
  });
});

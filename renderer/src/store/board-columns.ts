/** The board's columns: the plan's products filtered (archive, search) and sorted by rank. */
import { useDeferredValue, useMemo } from 'react';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import { sortByRank } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import { searchTerms, shownOnBoard, termsNarrow } from '../../../shared/domain/search';
import { usePlanProducts } from '../db';
import { useUi } from '.';
import { useBoardFilter } from './board-filter';

/** Each stage's products as the board shows them, sorted by rank. */
export type BoardColumns = Record<Stage, Product[]>;

/**
 * Each stage's products sorted by rank, archived or not, kept per read of the plan: a key
 * press in the search filters these lists, which keeps their order, rather than sorting
 * thousands of products again.
 */
const sortedOfRead = new WeakMap<readonly Product[], BoardColumns>();

function sortedColumns(products: readonly Product[]): BoardColumns {
  let sorted = sortedOfRead.get(products);
  if (!sorted) {
    const columns = Object.fromEntries(
      STAGES.map((stage) => [stage, [] as Product[]]),
    ) as BoardColumns;
    for (const product of products) columns[product.stage].push(product);
    sorted = Object.fromEntries(
      STAGES.map((stage) => [stage, sortByRank(columns[stage])]),
    ) as BoardColumns;
    sortedOfRead.set(products, sorted);
  }
  return sorted;
}

/** What was last built from a read of the plan, and for which search. */
interface Built {
  terms: readonly string[];
  showArchived: boolean;
  columns: BoardColumns;
}

/**
 * The columns last built from each read of the plan. A column whose cards a key press leaves
 * as they were keeps its array, so the board does not draw it again; and a key press that only
 * narrows the search (a letter added to a word) filters the cards last shown rather than every
 * product of the plan.
 */
const lastBuilt = new WeakMap<readonly Product[], Built>();

function sameProducts(a: readonly Product[], b: readonly Product[]): boolean {
  return a.length === b.length && a.every((product, i) => product === b[i]);
}

export function buildColumns(
  products: readonly Product[],
  search: string,
  showArchived: boolean,
): BoardColumns {
  const terms = searchTerms(search);
  const before = lastBuilt.get(products);
  const from =
    before && before.showArchived === showArchived && termsNarrow(before.terms, terms)
      ? before.columns
      : sortedColumns(products);
  const columns = Object.fromEntries(
    STAGES.map((stage) => {
      const shown = from[stage].filter((product) => shownOnBoard(product, terms, showArchived));
      const kept = before?.columns[stage];
      return [stage, kept && sameProducts(kept, shown) ? kept : shown];
    }),
  ) as BoardColumns;
  lastBuilt.set(products, { terms, showArchived, columns });
  return columns;
}

/**
 * The plan's products, or undefined until they are read. Never another plan's: after a switch
 * a live query keeps giving the previous plan's rows until the new plan's arrive, and drawing
 * those under the new plan's name would be wrong (and would blame it if they failed to draw).
 */
export function useProductsOfPlan(planId: string | null): Product[] | undefined {
  const read = usePlanProducts(planId);
  return useMemo(
    // An empty list belongs to any plan; rows of another plan are not this one's yet.
    () => (read?.every((product) => product.planId === planId) ? read : undefined),
    [read, planId],
  );
}

export interface PlanCounts {
  /** Products on the board before the search filter (for empty states and counts). */
  activeCount: number;
  archivedCount: number;
  loaded: boolean;
}

/**
 * How many products the plan has, archived or not. It reads nothing but the archive flag, so
 * it holds even for a plan whose board fails to draw (the toolbar and dialogs use it).
 */
export function usePlanCounts(products: readonly Product[] | undefined): PlanCounts {
  return useMemo(() => {
    const all = products ?? [];
    const archivedCount = all.filter((p) => p.archived).length;
    return {
      activeCount: all.length - archivedCount,
      archivedCount,
      loaded: products !== undefined,
    };
  }, [products]);
}

/**
 * The board's columns for the current search and archive filter, and the search they were
 * drawn for. The search reaches the board after its results (board-filter.ts), and is
 * deferred: the board redraws its cards (the slow part in a large plan) when the window has
 * time, dropping redraws typing outran. Everything the board shows about the search (its
 * empty-column notes, the count it announces) follows the deferred term, so a key press
 * redraws nothing on the board until its turn comes.
 */
export function useBoardColumns(products: readonly Product[] | undefined): {
  columns: BoardColumns;
  search: string;
} {
  const search = useDeferredValue(useBoardFilter((s) => s.text));
  const showArchived = useUi((s) => s.showArchived);
  return useMemo(
    () => ({ columns: buildColumns(products ?? [], search, showArchived), search }),
    [products, search, showArchived],
  );
}

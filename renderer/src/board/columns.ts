/** The board's columns: the plan's products filtered (archive, search) and sorted by rank. */
import { useMemo } from 'react';
import { STAGES } from '../../../shared/domain/lifecycle';
import { sortByRank } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import { productMatches, searchTerms } from '../../../shared/domain/search';
import { usePlanProducts } from '../db';
import { useUi } from '../store';
import type { BoardColumns } from './board-commands';

export function buildColumns(
  products: readonly Product[],
  search: string,
  showArchived: boolean,
): BoardColumns {
  const terms = searchTerms(search);
  const columns = Object.fromEntries(
    STAGES.map((stage) => [stage, [] as Product[]]),
  ) as BoardColumns;
  for (const product of products) {
    if (product.archived && !showArchived) continue;
    if (!productMatches(product, terms)) continue;
    columns[product.stage].push(product);
  }
  for (const stage of STAGES) columns[stage] = sortByRank(columns[stage]);
  return columns;
}

export interface BoardData {
  columns: BoardColumns;
  /** Products on the board before the search filter (for empty states and counts). */
  activeCount: number;
  archivedCount: number;
  loaded: boolean;
}

export function useBoardData(planId: string | null): BoardData {
  const products = usePlanProducts(planId);
  const search = useUi((s) => s.search);
  const showArchived = useUi((s) => s.showArchived);
  return useMemo(() => {
    const all = products ?? [];
    const archivedCount = all.filter((p) => p.archived).length;
    return {
      columns: buildColumns(all, search, showArchived),
      activeCount: all.length - archivedCount,
      archivedCount,
      loaded: products !== undefined,
    };
  }, [products, search, showArchived]);
}

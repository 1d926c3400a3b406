/**
 * The timeline's rows: the plan's products as the board shows them (same archive and search
 * filters, stage by stage in board order), each with its spans and milestones.
 */
import { useMemo } from 'react';
import { STAGES, type Stage } from '../../../../shared/domain/lifecycle';
import type { Product } from '../../../../shared/domain/product';
import { timelineRow, type TimelineRow } from '../../../../shared/domain/timeline';
import { buildColumns } from '../../store/board-columns';
import type { MilestoneRow } from '../../db/milestone-rows';
import { usePlanMilestones } from '../../db/timeline';
import { useUi } from '../../store';
import { useToday } from '../../ui/useToday';

export interface ShownRow extends TimelineRow {
  stage: Stage;
  archived: boolean;
}

export interface TimelineRows {
  rows: ShownRow[];
  today: string;
  loaded: boolean;
  /** Products of the plan before the search filter, archived ones only when shown. */
  unfilteredCount: number;
}

export function useTimelineRows(
  planId: string,
  products: readonly Product[] | undefined,
): TimelineRows {
  const milestones = usePlanMilestones(planId);
  const search = useUi((s) => s.search);
  const showArchived = useUi((s) => s.showArchived);
  const today = useToday();

  const byProduct = useMemo(() => {
    const map = new Map<string, MilestoneRow[]>();
    for (const milestone of milestones ?? []) {
      const list = map.get(milestone.productId);
      if (list) list.push(milestone);
      else map.set(milestone.productId, [milestone]);
    }
    return map;
  }, [milestones]);

  const rows = useMemo(() => {
    // Rows are drawn once, with their milestones: not first without them and again after.
    if (!products || !milestones) return [];
    const columns = buildColumns(products, search, showArchived);
    return STAGES.flatMap((stage) => columns[stage]).map((product): ShownRow => ({
      ...timelineRow(product, byProduct.get(product.id) ?? [], today),
      stage: product.stage,
      archived: product.archived,
    }));
  }, [products, milestones, byProduct, search, showArchived, today]);

  const unfilteredCount = useMemo(
    () => (products ?? []).filter((p) => showArchived || !p.archived).length,
    [products, showArchived],
  );

  return {
    rows,
    today,
    loaded: products !== undefined && milestones !== undefined,
    unfilteredCount,
  };
}

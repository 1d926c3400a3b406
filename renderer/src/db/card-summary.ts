/**
 * What a board card shows beyond the product itself: checklist progress for its stage, how
 * its KPIs stand, its next milestone and its decline decision. One live query per card,
 * reading only that product's records through indexes (a KPI's latest value only), so a
 * board that draws the cards in view costs a few small reads per card, whatever the plan's
 * size, and an edit elsewhere does not wake it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { checklistProgress, type ChecklistProgress } from '../../../shared/domain/playbook';
import { kpiStatus, summarizeKpiStatuses, type KpiSummary } from '../../../shared/domain/kpi';
import { nextMilestone, type NextMilestone } from '../../../shared/domain/milestones';
import type { Milestone, Product } from '../../../shared/domain/product';
import type { PlannerDb } from './database';
import { latestKpiValue } from './kpis';

export interface CardSummary {
  checklist: ChecklistProgress;
  kpis: KpiSummary;
  next: NextMilestone<Milestone> | null;
}

export async function readCardSummary(
  db: PlannerDb,
  product: Pick<Product, 'id' | 'stage'>,
  today: string,
): Promise<CardSummary> {
  const [items, kpis, milestones] = await Promise.all([
    db.checklistItems.where('productId').equals(product.id).toArray(),
    db.kpis.where('productId').equals(product.id).toArray(),
    db.milestones.where('productId').equals(product.id).toArray(),
  ]);
  const latest = await Promise.all(kpis.map((kpi) => latestKpiValue(db, kpi.id)));
  return {
    checklist: checklistProgress(items, product.stage),
    kpis: summarizeKpiStatuses(kpis.map((kpi, i) => kpiStatus(kpi, latest[i] ?? null))),
    next: nextMilestone(milestones, today),
  };
}

export function useCardSummary(
  db: PlannerDb,
  product: Pick<Product, 'id' | 'stage'>,
  today: string,
): CardSummary | undefined {
  return useLiveQuery(
    () => readCardSummary(db, product, today),
    [db, product.id, product.stage, today],
  );
}

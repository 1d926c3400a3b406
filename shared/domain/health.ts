/**
 * Portfolio health: where the products are, which have sat longest in their stage, which
 * KPIs miss their target, which milestones are late, and where feedback comes from. Archived
 * products are left out everywhere: they are no longer managed.
 */
import { STAGES, type Stage } from './lifecycle';
import { kpiStatus } from './kpi';
import { isOverdue } from './milestones';
import { daysInStage } from './moves';
import type { Milestone, Product } from './product';
import type { Kpi, KpiValue } from './workspace';

export function productsPerStage(products: readonly Product[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const product of products) if (!product.archived) counts[product.stage] += 1;
  return counts;
}

export interface StuckProduct {
  product: Product;
  days: number;
}

/** Live products by days in their current stage, longest first (ties by name, then id). */
export function stuckLongest(products: readonly Product[], now: Date, limit = 10): StuckProduct[] {
  return products
    .filter((product) => !product.archived)
    .map((product) => ({ product, days: daysInStage(product, now) }))
    .sort(
      (a, b) =>
        b.days - a.days ||
        a.product.name.localeCompare(b.product.name) ||
        (a.product.id < b.product.id ? -1 : 1),
    )
    .slice(0, limit);
}

/** What the health view reads of a KPI (a row kept beside it, not the record). */
export type KpiFacts = Pick<Kpi, 'id' | 'productId' | 'name' | 'unit' | 'target' | 'direction'>;

export interface OffTargetKpi {
  kpi: KpiFacts;
  product: Product;
  latest: Pick<KpiValue, 'value'>;
}

/** KPIs of live products whose latest value misses the target, by product then KPI name. */
export function offTargetKpis(
  kpis: readonly KpiFacts[],
  latestByKpi: ReadonlyMap<string, Pick<KpiValue, 'value'>>,
  products: readonly Product[],
): OffTargetKpi[] {
  const live = liveProducts(products);
  const found: OffTargetKpi[] = [];
  for (const kpi of kpis) {
    const product = live.get(kpi.productId);
    const latest = latestByKpi.get(kpi.id);
    if (!product || !latest || kpiStatus(kpi, latest) !== 'off-track') continue;
    found.push({ kpi, product, latest });
  }
  return found.sort(
    (a, b) => a.product.name.localeCompare(b.product.name) || a.kpi.name.localeCompare(b.kpi.name),
  );
}

/** What the health view reads of a milestone (a row kept beside it, not the record). */
export type MilestoneFacts = Pick<Milestone, 'id' | 'productId' | 'title' | 'date' | 'done'>;

export interface LateMilestone {
  milestone: MilestoneFacts;
  product: Product;
}

/** Open milestones of live products dated before `today`, the longest overdue first. */
export function overdueMilestones(
  milestones: readonly MilestoneFacts[],
  products: readonly Product[],
  today: string,
): LateMilestone[] {
  const live = liveProducts(products);
  const found: LateMilestone[] = [];
  for (const milestone of milestones) {
    const product = live.get(milestone.productId);
    if (product && isOverdue(milestone, today)) found.push({ milestone, product });
  }
  return found.sort(
    (a, b) =>
      (a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : 0) ||
      a.product.name.localeCompare(b.product.name),
  );
}

export interface FeedbackVolume {
  product: Product;
  entries: number;
}

/**
 * Feedback entries per live product, most first. Takes each product's count (counted by the
 * database, not read: a plan can hold hundreds of thousands of entries).
 */
export function feedbackVolume(
  countsByProduct: ReadonlyMap<string, number>,
  products: readonly Product[],
  limit = 10,
): FeedbackVolume[] {
  const live = liveProducts(products);
  return [...countsByProduct]
    .filter(([id, entries]) => entries > 0 && live.has(id))
    .map(([id, entries]) => ({ product: live.get(id) as Product, entries }))
    .sort((a, b) => b.entries - a.entries || a.product.name.localeCompare(b.product.name))
    .slice(0, limit);
}

function liveProducts(products: readonly Product[]): Map<string, Product> {
  return new Map(products.filter((p) => !p.archived).map((product) => [product.id, product]));
}

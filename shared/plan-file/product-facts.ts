/**
 * What the web-page export and the Markdown summary both gather about each product: a plan
 * file's records grouped by the product they belong to (once for the whole document, so each
 * product's part reads only its own), and where each KPI stands.
 */
import { isKpiNumber, kpiStatus, latestReading, type KpiStatus } from '../domain/kpi';
import type { ChecklistItem, Milestone } from '../domain/product';
import type {
  Competitor,
  BacklogItem,
  Feedback,
  Kpi,
  KpiValue,
  Persona,
  Release,
} from '../domain/workspace';
import type { Experiment } from '../domain/experiments';
import type { PlanFile } from './types';
import { groupBy } from '../domain/records';

/** Everything behind the products, grouped once for the whole document. */
export interface ProductRecords {
  checklistItems: Map<string, ChecklistItem[]>;
  milestones: Map<string, Milestone[]>;
  backlogItems: Map<string, BacklogItem[]>;
  feedback: Map<string, Feedback[]>;
  kpis: Map<string, Kpi[]>;
  kpiValues: Map<string, KpiValue[]>;
  releases: Map<string, Release[]>;
  experiments: Map<string, Experiment[]>;
  personas: Map<string, Persona>;
  competitors: Map<string, Competitor>;
  featuresById: Map<string, BacklogItem>;
}

/** Records of one table grouped by product, each group in file order. */
export function groupByProduct<T extends { productId: string }>(
  records: readonly T[],
): Map<string, T[]> {
  return groupBy(records, (record) => record.productId);
}

export function productRecords(file: PlanFile): ProductRecords {
  return {
    checklistItems: groupByProduct(file.checklistItems),
    milestones: groupByProduct(file.milestones),
    backlogItems: groupByProduct(file.backlogItems),
    feedback: groupByProduct(file.feedback),
    kpis: groupByProduct(file.kpis),
    kpiValues: groupByProduct(file.kpiValues),
    releases: groupByProduct(file.releases),
    experiments: groupByProduct(file.experiments),
    personas: new Map(file.personas.map((p) => [p.id, p])),
    competitors: new Map(file.competitors.map((c) => [c.id, c])),
    featuresById: new Map(file.backlogItems.map((f) => [f.id, f])),
  };
}

/**
 * A KPI's latest reading among `values` (any KPI's) and its status against the target. A
 * stored value that is not a finite, printable number is skipped, never shown as NaN.
 */
export function kpiStanding(
  kpi: Kpi,
  values: readonly KpiValue[],
): { latest: KpiValue | null; status: KpiStatus } {
  const latest = latestReading(values.filter((v) => v.kpiId === kpi.id && isKpiNumber(v.value)));
  return { latest, status: kpiStatus(kpi, latest) };
}

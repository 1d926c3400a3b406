/**
 * A stakeholder update: the status of one product or of the whole portfolio, as the facts a
 * team lead or an executive asks for. For each product: its stage and how long it has been
 * there, its vision, where its KPIs stand against their targets, what shipped in the period,
 * the next milestones, and the decisions taken with their reasons (experiments decided in the
 * period, a decline decision). Built as plain data from a plan file and a date, so the same
 * plan on the same day always gives the same update; ./stakeholder-render.ts writes it.
 */
import { addDays, daysBetween } from '../domain/calendar';
import {
  EXPERIMENT_DECISION_LABELS,
  experimentStatus,
  sortExperiments,
} from '../domain/experiments';
import { KPI_STATUS_LABELS, describeTarget, formatKpiValue, type KpiStatus } from '../domain/kpi';
import { STAGES, STAGE_LABELS, type Stage } from '../domain/lifecycle';
import { describeDue, isOverdue, sortMilestones } from '../domain/milestones';
import { enteredCurrentStageAt, sortByRank } from '../domain/moves';
import type { Product } from '../domain/product';
import type { Weekday } from '../domain/region';
import { DECLINE_CHOICE_LABELS } from '../domain/workspace';
import { productsInBoardOrder } from './export-csv';
import { kpiStanding, productRecords, type ProductRecords } from './product-facts';
import type { PlanFile } from './types';

export const UPDATE_PERIODS = ['week', 'two-weeks', 'month', 'quarter'] as const;
export type UpdatePeriod = (typeof UPDATE_PERIODS)[number];
export const UPDATE_PERIOD_LABELS: Record<UpdatePeriod, string> = {
  week: 'This week',
  'two-weeks': 'This week and last',
  month: 'This month',
  quarter: 'This quarter',
};

/** How many open milestones each product lists. */
export const MILESTONES_SHOWN = 3;

export interface UpdateOptions {
  /** null for the whole portfolio (its active products), or one product's id. */
  productId: string | null;
  /** Today, YYYY-MM-DD: the end of the period and "now" for days and what is due. */
  today: string;
  period: UpdatePeriod;
  weekStart: Weekday;
}

export interface KpiLine {
  name: string;
  latest: string | null;
  target: string;
  status: KpiStatus;
  statusLabel: string;
}

export interface ProductUpdate {
  name: string;
  stage: Stage;
  stageLabel: string;
  /** YYYY-MM-DD the product entered its stage, and whole days since. */
  since: string;
  days: number;
  vision: string;
  strategy: string;
  kpis: KpiLine[];
  /** Backlog items shipped and releases made in the period. */
  shipped: { title: string; on: string }[];
  releases: { version: string; on: string; notes: string }[];
  milestones: { title: string; date: string; due: string; overdue: boolean }[];
  decisions: { what: string; decision: string; rationale: string; on: string | null }[];
  running: { title: string; since: string }[];
}

export interface StakeholderUpdate {
  title: string;
  /** First and last day of the period, YYYY-MM-DD. */
  from: string;
  to: string;
  periodLabel: string;
  /** For a portfolio: products in play per stage, and how many KPIs are off target. */
  portfolio: { stage: Stage; label: string; count: number }[] | null;
  products: ProductUpdate[];
}

/** The first day of the period that ends today. */
export function periodStart(today: string, period: UpdatePeriod, weekStart: Weekday): string {
  // 2024-01-01 was a Monday (ISO day 1); whole days from it give any date's weekday.
  const weekday = (((daysBetween('2024-01-01', today) % 7) + 7) % 7) + 1;
  const thisWeek = addDays(today, -((weekday - weekStart + 7) % 7));
  if (period === 'week') return thisWeek;
  if (period === 'two-weeks') return addDays(thisWeek, -7);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = (m: number) => `${year}-${String(m).padStart(2, '0')}-01`;
  if (period === 'month') return first(month);
  return first(month - ((month - 1) % 3));
}

const within = (day: string | null, from: string, to: string) =>
  day !== null && day >= from && day <= to;

function productUpdate(
  product: Product,
  records: ProductRecords,
  from: string,
  to: string,
): ProductUpdate {
  const of = <T>(map: Map<string, T[]>): T[] => map.get(product.id) ?? [];
  const since = enteredCurrentStageAt(product).slice(0, 10);
  const kpiValues = of(records.kpiValues);
  const kpis = [...of(records.kpis)]
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1))
    .map((kpi): KpiLine => {
      const { latest, status } = kpiStanding(kpi, kpiValues);
      return {
        name: kpi.name,
        latest: latest === null ? null : formatKpiValue(latest.value, kpi.unit),
        target: describeTarget(kpi),
        status,
        statusLabel: KPI_STATUS_LABELS[status],
      };
    });
  const shipped = sortByRank(of(records.backlogItems))
    .filter((item) => item.status === 'shipped' && within(item.shippedOn, from, to))
    .map((item) => ({ title: item.title, on: item.shippedOn ?? to }));
  const releases = of(records.releases)
    .filter((release) => within(release.date, from, to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .map((release) => ({ version: release.version, on: release.date, notes: release.notes }));
  const milestones = sortMilestones(of(records.milestones).filter((m) => !m.done))
    .slice(0, MILESTONES_SHOWN)
    .map((m) => ({
      title: m.title,
      date: m.date,
      due: describeDue(m.date, to),
      overdue: isOverdue(m, to),
    }));
  const experiments = sortExperiments(of(records.experiments));
  const decisions: ProductUpdate['decisions'] = experiments
    .filter((e) => e.decision !== 'undecided' && within(e.endOn ?? e.startOn, from, to))
    .map((e) => ({
      what: `Experiment “${e.title}”`,
      decision: EXPERIMENT_DECISION_LABELS[e.decision],
      rationale: e.rationale,
      on: e.endOn,
    }));
  if (product.decision) {
    decisions.push({
      what: 'Decline decision',
      decision: DECLINE_CHOICE_LABELS[product.decision.choice],
      rationale: product.decision.rationale,
      on: product.decision.decidedOn,
    });
  }
  const running = experiments
    .filter((e) => experimentStatus(e, to) === 'running')
    .map((e) => ({ title: e.title, since: e.startOn }));
  return {
    name: product.name,
    stage: product.stage,
    stageLabel: STAGE_LABELS[product.stage],
    since,
    days: Math.max(0, daysBetween(since, to)),
    vision: product.vision,
    strategy: product.strategy,
    kpis,
    shipped,
    releases,
    milestones,
    decisions,
    running,
  };
}

/** The update, or null when the product asked for is not in the plan. */
export function stakeholderUpdate(
  file: PlanFile,
  options: UpdateOptions,
): StakeholderUpdate | null {
  const to = options.today;
  const from = periodStart(to, options.period, options.weekStart);
  const records = productRecords(file);
  const periodLabel = UPDATE_PERIOD_LABELS[options.period];
  if (options.productId !== null) {
    const product = file.products.find((p) => p.id === options.productId);
    if (!product) return null;
    return {
      title: `${product.name}: status update`,
      from,
      to,
      periodLabel,
      portfolio: null,
      products: [productUpdate(product, records, from, to)],
    };
  }
  const active = productsInBoardOrder(file.products).filter((p) => !p.archived);
  return {
    title: `${file.plan.name}: portfolio update`,
    from,
    to,
    periodLabel,
    portfolio: STAGES.map((stage) => ({
      stage,
      label: STAGE_LABELS[stage],
      count: active.filter((p) => p.stage === stage).length,
    })),
    products: active.map((product) => productUpdate(product, records, from, to)),
  };
}

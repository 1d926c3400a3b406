/**
 * The records behind the benchmark plan's cards: checklists, milestones, releases, backlog
 * items with RICE and MoSCoW, feedback linked to them, KPIs with their values, stage
 * templates and deletion records. Totals are exact (see SIZE_SPECS); how they spread over
 * products follows the stage, so a product in Growth carries more backlog than one in Ideation.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { STAGES, type Stage } from '../../shared/domain/lifecycle';
import {
  type ChecklistItem,
  type Deletion,
  type Milestone,
  type Product,
} from '../../shared/domain/product';
import { PLAN_TABLES } from '../../shared/records/registry';
import {
  BACKLOG_STATUSES,
  FEEDBACK_SOURCES,
  HORIZONS,
  IMPACT_SCALE,
  MOSCOW,
  SENTIMENTS,
  templateId,
  type BacklogItem,
  type Feedback,
  type Kpi,
  type KpiValue,
  type Release,
  type StageTemplate,
} from '../../shared/domain/workspace';
import type { SizeSpec } from './generate-plan';
import {
  CUSTOMERS,
  BACKLOG_CHANNELS,
  BACKLOG_NOTES,
  BACKLOG_OBJECTS,
  BACKLOG_VERBS,
  KPI_KINDS,
  MILESTONE_TITLES,
  QUOTES,
  RELEASE_NOTES,
  STAGE_CHECKLISTS,
} from './plan-words';
import { dayOf, daysAgo } from './plan-time';
import { apportion, type SeededRandom } from './random';

/** What the products were generated with; the rest of the plan hangs off them. */
export interface Generated {
  rng: SeededRandom;
  planId: string;
  spec: SizeSpec;
  products: Product[];
}

/** How much backlog a product in each stage carries, relative to the others. */
const BACKLOG_WEIGHT: Record<Stage, number> = {
  ideation: 0.3,
  development: 1.2,
  launch: 1,
  growth: 1.3,
  maturity: 1.2,
  decline: 0.5,
};

/** Weights over BACKLOG_STATUSES (idea, planned, in progress, shipped, won't do) per stage. */
const STATUS_WEIGHTS: Record<Stage, readonly number[]> = {
  ideation: [6, 2, 0.5, 0, 0.5],
  development: [3, 3, 3, 1, 0.5],
  launch: [2, 2, 2, 4, 0.5],
  growth: [2, 2, 2, 5, 1],
  maturity: [2, 1, 1, 6, 1],
  decline: [1, 0.5, 0.3, 7, 2],
};

const stamps = (rng: SeededRandom, oldest: number) => {
  const created = rng.int(1, oldest);
  return { createdAt: daysAgo(created, rng.int(0, 600)), updatedAt: daysAgo(rng.int(0, created)) };
};

function checklist(rng: SeededRandom, product: Product): ChecklistItem[] {
  const texts = STAGE_CHECKLISTS[product.stage];
  const ranks = generateNKeysBetween(null, null, texts.length);
  return texts.map((text, i) => ({
    id: rng.uuid(),
    planId: product.planId,
    productId: product.id,
    stage: product.stage,
    text,
    done: rng.chance(0.5),
    rank: ranks[i] as string,
    ...stamps(rng, 300),
  }));
}

function milestones(rng: SeededRandom, product: Product): Milestone[] {
  return rng.sample(MILESTONE_TITLES, rng.int(1, 3)).map((title) => {
    const day = rng.int(-200, 400);
    return {
      id: rng.uuid(),
      planId: product.planId,
      productId: product.id,
      title,
      date: dayOf(day),
      done: day > 0 && rng.chance(0.8),
      ...stamps(rng, 500),
    };
  });
}

function releases(rng: SeededRandom, product: Product): Release[] {
  const shipped = STAGES.indexOf(product.stage) >= STAGES.indexOf('launch');
  const count = shipped ? rng.int(1, 4) : 0;
  return Array.from({ length: count }, (_, i) => ({
    id: rng.uuid(),
    planId: product.planId,
    productId: product.id,
    version: `1.${i}.0`,
    date: dayOf((count - i) * rng.int(20, 90)),
    notes: rng.pick(RELEASE_NOTES),
    ...stamps(rng, 700),
  }));
}

function backlogItem(
  rng: SeededRandom,
  product: Product,
  rank: string,
  links: { milestones: Milestone[]; releases: Release[] },
): BacklogItem {
  const status = BACKLOG_STATUSES[rng.weighted(STATUS_WEIGHTS[product.stage])] ?? 'idea';
  const estimated = rng.chance(0.65);
  const release = status === 'shipped' && rng.chance(0.7) ? rng.pickOrNull(links.releases) : null;
  const channel = rng.chance(0.4) ? ` ${rng.pick(BACKLOG_CHANNELS)}` : '';
  return {
    id: rng.uuid(),
    planId: product.planId,
    productId: product.id,
    title: `${rng.pick(BACKLOG_VERBS)} ${rng.pick(BACKLOG_OBJECTS)}${channel}`,
    description: rng.chance(0.35) ? rng.pick(BACKLOG_NOTES) : '',
    status,
    moscow: rng.chance(0.8) ? rng.pick(MOSCOW) : null,
    reach: estimated ? rng.int(50, 20_000) : null,
    impact: estimated || rng.chance(0.3) ? rng.pick(IMPACT_SCALE) : null,
    confidence: estimated ? rng.pick([50, 80, 100]) : null,
    effort: estimated ? rng.pick([0.5, 1, 2, 3, 5, 8]) : null,
    rank,
    horizon: status === 'shipped' || rng.chance(0.3) ? null : rng.pick(HORIZONS),
    milestoneId: rng.chance(0.2) ? (rng.pickOrNull(links.milestones)?.id ?? null) : null,
    releaseId: release?.id ?? null,
    shippedOn: status === 'shipped' ? (release?.date ?? dayOf(rng.int(1, 600))) : null,
    ...stamps(rng, 600),
  };
}

function feedback(rng: SeededRandom, product: Product, backlogItems: BacklogItem[]): Feedback {
  const linked = rng.chance(0.7) ? rng.pickOrNull(backlogItems) : null;
  const date = rng.int(1, 700);
  const shippedOn = linked?.shippedOn ?? null;
  const notified = shippedOn !== null && rng.chance(0.5);
  return {
    id: rng.uuid(),
    planId: product.planId,
    productId: product.id,
    source: rng.pick(FEEDBACK_SOURCES),
    customer: rng.pick(CUSTOMERS),
    quote: rng.pick(QUOTES),
    date: dayOf(date),
    sentiment: SENTIMENTS[rng.weighted([3, 4, 3])] ?? 'neutral',
    backlogItemId: linked?.id ?? null,
    notifiedAt: notified ? `${shippedOn}T15:30:00.000Z` : null,
    createdAt: daysAgo(date, -30),
    updatedAt: daysAgo(date, -30),
  };
}

function kpis(rng: SeededRandom, product: Product, count: number): Kpi[] {
  return rng.sample(KPI_KINDS, count).map((kind) => ({
    id: rng.uuid(),
    planId: product.planId,
    productId: product.id,
    ...kind,
    ...stamps(rng, 400),
  }));
}

/** `count` weekly measurements, the latest last week, wandering around the target. */
function kpiValues(rng: SeededRandom, kpi: Kpi, count: number): KpiValue[] {
  return Array.from({ length: count }, (_, i) => {
    const at = daysAgo((count - i) * 7 + 1);
    const value = Math.round(kpi.target * (0.6 + 0.7 * rng.next()) * 100) / 100;
    return {
      id: rng.uuid(),
      planId: kpi.planId,
      kpiId: kpi.id,
      productId: kpi.productId,
      date: at.slice(0, 10),
      value,
      createdAt: at,
      updatedAt: at,
    };
  });
}

function stageTemplates(planId: string): StageTemplate[] {
  const at = daysAgo(1500);
  return STAGES.map((stage) => ({
    id: templateId(planId, stage),
    planId,
    stage,
    items: [...STAGE_CHECKLISTS[stage]],
    createdAt: at,
    updatedAt: at,
  }));
}

function deletions(rng: SeededRandom, planId: string, count: number): Deletion[] {
  return Array.from({ length: count }, () => ({
    id: rng.uuid(),
    planId,
    table: rng.pick(PLAN_TABLES),
    deletedAt: daysAgo(rng.int(1, 300), rng.int(0, 600)),
  }));
}

/** The first product's workspace is this big at every size: the bench opens its backlog. */
export const BIG_WORKSPACE = { backlogItems: 2_000, feedback: 4_000 };

export function generateWorkspace({ rng, planId, spec, products }: Generated) {
  const weights = products.map((p) => BACKLOG_WEIGHT[p.stage] * (0.5 + rng.next()));
  const featureCounts = apportion(spec.backlogItems, weights);
  // Feedback follows the backlog: products with more requests hear from more customers.
  const feedbackCounts = apportion(
    spec.feedback,
    featureCounts.map((n) => n + 1),
  );
  // One product as big as a long-lived one gets, on top of the spread above.
  featureCounts[0] = Math.max(featureCounts[0] ?? 0, BIG_WORKSPACE.backlogItems);
  feedbackCounts[0] = Math.max(feedbackCounts[0] ?? 0, BIG_WORKSPACE.feedback);
  const kpiCount = products.length * spec.kpisPerProduct;
  const valueCounts = apportion(spec.kpiValues, Array<number>(kpiCount).fill(1));
  const out = {
    checklistItems: [] as ChecklistItem[],
    milestones: [] as Milestone[],
    releases: [] as Release[],
    backlogItems: [] as BacklogItem[],
    feedback: [] as Feedback[],
    kpis: [] as Kpi[],
    kpiValues: [] as KpiValue[],
  };
  products.forEach((product, p) => {
    out.checklistItems.push(...checklist(rng, product));
    const links = { milestones: milestones(rng, product), releases: releases(rng, product) };
    out.milestones.push(...links.milestones);
    out.releases.push(...links.releases);
    const ranks = generateNKeysBetween(null, null, featureCounts[p] ?? 0);
    const backlog = ranks.map((rank) => backlogItem(rng, product, rank, links));
    out.backlogItems.push(...backlog);
    for (let i = 0; i < (feedbackCounts[p] ?? 0); i += 1) {
      out.feedback.push(feedback(rng, product, backlog));
    }
    for (const kpi of kpis(rng, product, spec.kpisPerProduct)) {
      out.kpis.push(kpi);
      out.kpiValues.push(...kpiValues(rng, kpi, valueCounts[out.kpis.length - 1] ?? 0));
    }
  });
  return {
    ...out,
    stageTemplates: stageTemplates(planId),
    deletions: deletions(rng, planId, spec.deletions),
  };
}

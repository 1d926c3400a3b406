/**
 * The records behind a product card: its backlog, the feedback behind it, its KPIs, its
 * releases, and the plan-wide personas, competitors and stage checklist templates.
 * Every record is stored in its own table and travels in the plan file (version 2).
 */
import type { Stage } from './lifecycle';
import type { RecordBase } from './records';

export const BACKLOG_STATUSES = ['idea', 'planned', 'in-progress', 'shipped', 'wont-do'] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];
export const BACKLOG_STATUS_LABELS: Record<BacklogStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  'wont-do': "Won't do",
};

export const MOSCOW = ['must', 'should', 'could', 'wont'] as const;
export type Moscow = (typeof MOSCOW)[number];
export const MOSCOW_LABELS: Record<Moscow, string> = {
  must: 'Must have',
  should: 'Should have',
  could: 'Could have',
  wont: "Won't have",
};

/** The RICE impact scale: massive 3, high 2, medium 1, low 0.5, minimal 0.25. */
export const IMPACT_SCALE = [0.25, 0.5, 1, 2, 3] as const;
export type Impact = (typeof IMPACT_SCALE)[number];

/** Where an item sits on the roadmap; null lets the app place it from status and dates. */
export const HORIZONS = ['now', 'next', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** A backlog item (a feature request). RICE inputs are null until the PM estimates them. */
export interface BacklogItem extends RecordBase {
  productId: string;
  title: string;
  description: string;
  status: BacklogStatus;
  moscow: Moscow | null;
  /** People or events per period; a count, never negative. */
  reach: number | null;
  impact: Impact | null;
  /** Percent, 0 to 100. */
  confidence: number | null;
  /** Person-months, more than 0. */
  effort: number | null;
  /** Fractional index: the backlog's manual order, and the order within a roadmap column. */
  rank: string;
  horizon: Horizon | null;
  milestoneId: string | null;
  releaseId: string | null;
  /** Calendar date the item shipped, YYYY-MM-DD. */
  shippedOn: string | null;
}

export const FEEDBACK_SOURCES = [
  'interview',
  'survey',
  'support',
  'sales',
  'social',
  'other',
] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  interview: 'Interview',
  survey: 'Survey',
  support: 'Support',
  sales: 'Sales',
  social: 'Social media',
  other: 'Other',
};

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const SENTIMENT_LABELS: Record<Sentiment, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

export interface Feedback extends RecordBase {
  productId: string;
  source: FeedbackSource;
  /** A customer's name or a segment ("SMB accountants"). */
  customer: string;
  quote: string;
  /** Calendar date the feedback was given, YYYY-MM-DD. */
  date: string;
  sentiment: Sentiment;
  /** The backlog item this feedback supports. */
  backlogItemId: string | null;
  /** When the customer was told that the feature they asked for shipped (ISO 8601). */
  notifiedAt: string | null;
}

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export interface Kpi extends RecordBase {
  productId: string;
  name: string;
  /** Free text shown after values: "%", "€", "users". */
  unit: string;
  target: number;
  /** Whether a value above the target (higher) or below it (lower) is good. */
  direction: KpiDirection;
}

/** One measurement of a KPI on a day. */
export interface KpiValue extends RecordBase {
  kpiId: string;
  productId: string;
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

/** A release of a product: shipped backlog items grouped under a version. */
export interface Release extends RecordBase {
  productId: string;
  version: string;
  /** YYYY-MM-DD */
  date: string;
  notes: string;
}

/** Kept per plan; products link to them by id. */
export interface Persona extends RecordBase {
  name: string;
  notes: string;
}

export interface Competitor extends RecordBase {
  name: string;
  notes: string;
}

/**
 * The checklist a product gets when it enters `stage`, editable per plan. Its id is derived
 * from the plan and stage (see templateId), so two copies of a plan that both edit the
 * Launch template merge as one record rather than two.
 */
export interface StageTemplate extends RecordBase {
  stage: Stage;
  items: string[];
}

export function templateId(planId: string, stage: Stage): string {
  return `${planId}:template:${stage}`;
}

export const DECLINE_CHOICES = ['rejuvenate', 'retire', 'pivot'] as const;
export type DeclineChoice = (typeof DECLINE_CHOICES)[number];
export const DECLINE_CHOICE_LABELS: Record<DeclineChoice, string> = {
  rejuvenate: 'Rejuvenate',
  retire: 'Retire',
  pivot: 'Pivot',
};

/** What was decided about a product in Decline, and why. */
export interface DeclineDecision {
  choice: DeclineChoice;
  rationale: string;
  /** YYYY-MM-DD */
  decidedOn: string;
}

/**
 * Small valid plan files and records for plan-file tests; override what a test is about.
 * `makePlanFile` holds products, checklists and milestones only; `makeFullPlanFile` adds one
 * record or more of every table, all linked to each other, for tests of references.
 */
import {
  emptyProductLinks,
  type ChecklistItem,
  type Deletion,
  type Milestone,
  type Plan,
  type Product,
} from '../../../shared/domain/product';
import {
  templateId,
  type Competitor,
  type BacklogItem,
  type Feedback,
  type Kpi,
  type KpiValue,
  type Persona,
  type Release,
  type StageTemplate,
} from '../../../shared/domain/workspace';
import { diskText } from '../../support/plan-json';
import type { Experiment } from '../../../shared/domain/experiments';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';

export const PLAN_ID = 'plan-1';
export const T0 = '2026-03-01T09:00:00.000Z';
export const T1 = '2026-03-02T09:00:00.000Z';
export const T2 = '2026-03-03T10:02:00.000Z';

export function makePlanRecord(overrides: Partial<Plan> = {}): Plan {
  return { id: PLAN_ID, name: 'Portfolio', createdAt: T0, updatedAt: T0, ...overrides };
}

export function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p-1',
    planId: PLAN_ID,
    name: 'Receipt Scanner',
    summary: 'Snap a receipt, get an expense.',
    owner: 'Amara Okafor',
    tags: ['mobile', 'AI'],
    stage: 'development',
    rank: 'a0',
    stageHistory: [
      { stage: 'ideation', enteredAt: '2026-01-10T08:00:00.000Z' },
      { stage: 'development', enteredAt: '2026-02-01T08:00:00.000Z' },
    ],
    archived: false,
    ...emptyProductLinks(),
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: T0,
    ...overrides,
  };
}

export function makeChecklistItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: 'c-1',
    planId: PLAN_ID,
    productId: 'p-1',
    stage: 'development',
    text: 'Prioritised backlog',
    done: true,
    rank: 'a0',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'm-1',
    planId: PLAN_ID,
    productId: 'p-1',
    title: 'Beta',
    date: '2026-04-01',
    done: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A backlog item of p-1, planned for milestone m-1 and shipped in release r-1. */
export function makeBacklogItem(overrides: Partial<BacklogItem> = {}): BacklogItem {
  return {
    id: 'f-1',
    planId: PLAN_ID,
    productId: 'p-1',
    title: 'Scan multi-page receipts',
    description: 'Long hotel bills run over several pages.',
    status: 'planned',
    moscow: 'must',
    reach: 1200,
    impact: 2,
    confidence: 80,
    effort: 3,
    rank: 'a0',
    horizon: 'next',
    milestoneId: 'm-1',
    releaseId: 'r-1',
    shippedOn: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** Feedback on p-1 that backs backlog item f-1. */
export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'fb-1',
    planId: PLAN_ID,
    productId: 'p-1',
    source: 'interview',
    customer: 'Acme Corp',
    quote: 'Our hotel bills are three pages long.',
    date: '2026-02-20',
    sentiment: 'negative',
    backlogItemId: 'f-1',
    notifiedAt: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeKpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: 'k-1',
    planId: PLAN_ID,
    productId: 'p-1',
    name: 'Weekly active users',
    unit: 'users',
    target: 1500,
    direction: 'higher',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A reading of KPI k-1 (of product p-1). */
export function makeKpiValue(overrides: Partial<KpiValue> = {}): KpiValue {
  return {
    id: 'kv-1',
    planId: PLAN_ID,
    kpiId: 'k-1',
    productId: 'p-1',
    date: '2026-02-01',
    value: 1200,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: 'r-1',
    planId: PLAN_ID,
    productId: 'p-1',
    version: '1.2',
    date: '2026-02-15',
    notes: 'Faster scanning.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'x-1',
    planId: PLAN_ID,
    productId: 'p-1',
    title: 'Referral month free',
    hypothesis: 'Referred sign-ups double when referrers get a month free.',
    kpiId: 'k-1',
    startOn: '2026-02-01',
    endOn: '2026-02-28',
    variants: [
      { name: 'Control', result: '31 sign-ups' },
      { name: 'Month free', result: '68 sign-ups' },
    ],
    decision: 'roll-out',
    rationale: 'Doubled, and churn held.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makePersona(overrides: Partial<Persona> = {}): Persona {
  return {
    id: 'persona-1',
    planId: PLAN_ID,
    name: 'Travelling consultant',
    notes: 'Files expenses from the airport.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeCompetitor(overrides: Partial<Competitor> = {}): Competitor {
  return {
    id: 'comp-1',
    planId: PLAN_ID,
    name: 'Expensify',
    notes: 'Market leader.',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** The plan's Launch checklist template; its id follows the stage unless overridden. */
export function makeStageTemplate(overrides: Partial<StageTemplate> = {}): StageTemplate {
  const stage = overrides.stage ?? 'launch';
  return {
    id: templateId(overrides.planId ?? PLAN_ID, stage),
    planId: PLAN_ID,
    stage,
    items: ['Press kit', 'Support trained'],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeDeletion(overrides: Partial<Deletion> = {}): Deletion {
  return { id: 'gone-1', planId: PLAN_ID, table: 'products', deletedAt: T0, ...overrides };
}

export function makePlanFile(overrides: Partial<PlanFile> = {}): PlanFile {
  return {
    ...buildPlanFile({
      plan: makePlanRecord(),
      products: [
        makeProduct(),
        makeProduct({ id: 'p-2', name: 'Team Budgets', stage: 'ideation', stageHistory: [] }),
      ],
      checklistItems: [makeChecklistItem()],
      milestones: [makeMilestone()],
      deletions: [makeDeletion()],
    }),
    ...overrides,
  };
}

/**
 * Every table holds a record: p-1 links persona-1 and comp-1; its backlog item f-1 is planned
 * for m-1 and shipped in r-1; feedback fb-1 backs f-1; KPI k-1 has two readings. p-2 has a
 * second backlog item, f-2, with no links; experiment x-1 tests KPI k-1.
 */
export function makeFullPlanFile(overrides: Partial<PlanFile> = {}): PlanFile {
  const small = makePlanFile();
  return {
    ...buildPlanFile({
      ...small,
      products: small.products.map((p) =>
        p.id === 'p-1' ? { ...p, personaIds: ['persona-1'], competitorIds: ['comp-1'] } : p,
      ),
      backlogItems: [
        makeBacklogItem(),
        makeBacklogItem({
          id: 'f-2',
          productId: 'p-2',
          title: 'Budget alerts',
          status: 'idea',
          moscow: null,
          reach: null,
          impact: null,
          confidence: null,
          effort: null,
          horizon: null,
          milestoneId: null,
          releaseId: null,
        }),
      ],
      feedback: [makeFeedback()],
      kpis: [makeKpi()],
      kpiValues: [makeKpiValue(), makeKpiValue({ id: 'kv-2', date: '2026-03-01', value: 1600 })],
      releases: [makeRelease()],
      experiments: [makeExperiment()],
      personas: [makePersona()],
      competitors: [makeCompetitor()],
      stageTemplates: [makeStageTemplate()],
    }),
    ...overrides,
  };
}

/**
 * The file as JSON with `change` applied to its records (tables as lists of records, as the
 * app holds them), written back in the file's layout of columns and rows: for one broken
 * field. A field a record lacks is written as null (a field no record has is no column), and
 * a field of no column becomes one.
 */
export function mutatedText(
  change: (json: Record<string, unknown>) => void,
  file: PlanFile = makePlanFile(),
): string {
  const json = JSON.parse(JSON.stringify(buildPlanFile(file))) as Record<string, unknown>;
  change(json);
  return diskText(json);
}

/** Shorthand for reaching into a parsed file in `mutatedText`. */
export function at(json: Record<string, unknown>, table: string, index: number) {
  return (json[table] as Record<string, unknown>[])[index] as Record<string, unknown>;
}

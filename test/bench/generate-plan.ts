/**
 * Seeded plans for the performance benchmark (issue #6), in three sizes. `generatePlan` is
 * pure: the same size and seed give the same plan, and so the same file bytes, on any machine,
 * which is what lets two benchmark runs be compared. The plans are valid version 3 plan files
 * with realistic text and an uneven spread over the stages, so one column is clearly the
 * largest (the drag benchmark works on it).
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { STAGES, type Stage } from '../../shared/domain/lifecycle';
import { emptyProductLinks, type Plan, type Product } from '../../shared/domain/product';
import { DECLINE_CHOICES, type Competitor, type Persona } from '../../shared/domain/workspace';
import {
  PLAN_FILE_FORMAT,
  PLAN_FILE_VERSION,
  emptyTables,
  type PlanFile,
} from '../../shared/plan-file/types';
import { generateWorkspace } from './generate-workspace';
import {
  COMPETITOR_NAMES,
  FIRST_NAMES,
  LAST_NAMES,
  NAME_EDITION,
  NAME_FIRST,
  NAME_SECOND,
  PERSONA_NAMES,
  SUMMARY_OPENINGS,
  SUMMARY_PURPOSES,
  TAGS,
} from './plan-words';
import { dayOf, daysAgo, daysSince } from './plan-time';
import { SeededRandom, apportion } from './random';

export type PlanSize = 'S' | 'M' | 'L';
export const PLAN_SIZES: readonly PlanSize[] = ['S', 'M', 'L'];

export interface SizeSpec {
  products: number;
  /** Backlog items. */
  backlogItems: number;
  feedback: number;
  kpisPerProduct: number;
  kpiValues: number;
  personas: number;
  competitors: number;
  deletions: number;
}

/** M and L as issue #6 sets them; S keeps the same proportions per product. */
export const SIZE_SPECS: Record<PlanSize, SizeSpec> = {
  S: {
    products: 50,
    backlogItems: 1_000,
    feedback: 2_000,
    kpisPerProduct: 2,
    kpiValues: 2_000,
    personas: 6,
    competitors: 5,
    deletions: 5,
  },
  M: {
    products: 500,
    backlogItems: 10_000,
    feedback: 20_000,
    kpisPerProduct: 2,
    kpiValues: 20_000,
    personas: 12,
    competitors: 10,
    deletions: 50,
  },
  L: {
    products: 5_000,
    backlogItems: 100_000,
    feedback: 200_000,
    kpisPerProduct: 2,
    kpiValues: 200_000,
    personas: 30,
    competitors: 24,
    deletions: 500,
  },
};

/** Share of products per stage: Development is the largest column by a clear margin. */
export const STAGE_SHARE: Record<Stage, number> = {
  ideation: 0.14,
  development: 0.3,
  launch: 0.08,
  growth: 0.18,
  maturity: 0.2,
  decline: 0.1,
};

function uniqueName(rng: SeededRandom, taken: Set<string>): string {
  const base = `${rng.pick(NAME_FIRST)} ${rng.pick(NAME_SECOND)}`;
  const edition = rng.pick(NAME_EDITION);
  let name = edition ? `${base} ${edition}` : base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} ${n}`;
  taken.add(name);
  return name;
}

function stageHistory(rng: SeededRandom, stage: Stage): Product['stageHistory'] {
  const current = STAGES.indexOf(stage);
  let days = rng.int(5, 400);
  const entries: Product['stageHistory'] = [];
  for (let i = current; i >= 0; i -= 1) {
    entries.unshift({ stage: STAGES[i] as Stage, enteredAt: daysAgo(days, rng.int(0, 600)) });
    days += rng.int(30, 500);
  }
  return entries;
}

function makeProduct(
  rng: SeededRandom,
  planId: string,
  stage: Stage,
  rank: string,
  context: { names: Set<string>; people: string[]; personas: Persona[]; competitors: Competitor[] },
): Product {
  const history = stageHistory(rng, stage);
  const entered = history[history.length - 1]?.enteredAt ?? daysAgo(0);
  const enteredDays = daysSince(entered);
  const decided = stage === 'decline' && rng.chance(0.6);
  const next = STAGES[STAGES.indexOf(stage) + 1];
  return {
    id: rng.uuid(),
    planId,
    name: uniqueName(rng, context.names),
    summary: `${rng.pick(SUMMARY_OPENINGS)} ${rng.pick(SUMMARY_PURPOSES)}`,
    owner: rng.pick(context.people),
    tags: rng.sample(TAGS, rng.int(1, 3)),
    stage,
    rank,
    stageHistory: history,
    archived: rng.chance(stage === 'decline' ? 0.25 : 0.01),
    ...emptyProductLinks(),
    personaIds: rng.sample(context.personas, rng.int(0, 2)).map((p) => p.id),
    competitorIds: rng.sample(context.competitors, rng.int(0, 3)).map((c) => c.id),
    decision: decided
      ? {
          choice: rng.pick(DECLINE_CHOICES),
          rationale: 'Usage fell for four quarters; the decision follows the decline review.',
          decidedOn: dayOf(rng.int(0, enteredDays)),
        }
      : null,
    plannedStages:
      next !== undefined && rng.chance(0.4)
        ? [{ stage: next, plannedOn: dayOf(-rng.int(14, 300)) }]
        : [],
    createdAt: history[0]?.enteredAt ?? daysAgo(0),
    updatedAt: daysAgo(rng.int(0, enteredDays), rng.int(0, 600)),
  };
}

function notes<T extends Persona | Competitor>(
  rng: SeededRandom,
  planId: string,
  names: readonly string[],
  count: number,
  text: string,
): T[] {
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / names.length);
    const name = `${names[i % names.length] as string}${round > 0 ? ` ${round + 1}` : ''}`;
    const at = daysAgo(rng.int(30, 900));
    return { id: rng.uuid(), planId, name, notes: text, createdAt: at, updatedAt: at } as T;
  });
}

function makeProducts(rng: SeededRandom, planId: string, spec: SizeSpec) {
  const personas = notes<Persona>(
    rng,
    planId,
    PERSONA_NAMES,
    spec.personas,
    'Works from a laptop between meetings; wants fewer steps, not more features.',
  );
  const competitors = notes<Competitor>(
    rng,
    planId,
    COMPETITOR_NAMES,
    spec.competitors,
    'Cheaper entry tier; weaker on approvals and audit trail.',
  );
  const people = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`));
  const context = {
    names: new Set<string>(),
    people: rng.sample(people, 60),
    personas,
    competitors,
  };
  const counts = apportion(
    spec.products,
    STAGES.map((stage) => STAGE_SHARE[stage]),
  );
  const stages = rng.shuffle(
    STAGES.flatMap((stage, i) => Array<Stage>(counts[i] ?? 0).fill(stage)),
  );
  const ranks = new Map(
    STAGES.map((stage, i) => [stage, generateNKeysBetween(null, null, counts[i] ?? 0)]),
  );
  const products = stages.map((stage) =>
    makeProduct(rng, planId, stage, ranks.get(stage)?.shift() ?? 'a0', context),
  );
  return { products, personas, competitors };
}

/** A valid version 3 plan file of the given size, the same for the same seed. */
export function generatePlan(size: PlanSize, seed = 1): PlanFile {
  const spec = SIZE_SPECS[size];
  const rng = new SeededRandom(seed);
  const planId = rng.uuid();
  const plan: Plan = {
    id: planId,
    name: `Benchmark portfolio ${size}`,
    createdAt: daysAgo(1500),
    updatedAt: daysAgo(0),
  };
  const { products, personas, competitors } = makeProducts(rng, planId, spec);
  const workspace = generateWorkspace({ rng, planId, spec, products });
  const { deletions, ...tables } = workspace;
  // Not sorted: serializePlanFile puts records in canonical order, and sorting half a million
  // ids here would double the time an L plan takes to make.
  return {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    base: null,
    plan,
    ...emptyTables(),
    products,
    personas,
    competitors,
    ...tables,
    deletions,
  };
}

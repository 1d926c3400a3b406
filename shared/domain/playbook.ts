/**
 * The stage playbook: what each lifecycle stage is about, practical tips, and the checklist a
 * product gets when it enters the stage. Each plan may edit a stage's checklist template (a
 * StageTemplate record); without one the default below applies. Pure: ids and clock come in.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { STAGES, type Stage } from './lifecycle';
import { sortByRank } from './moves';
import { checkName, type ChecklistItem, type FieldCheck, type Product } from './product';
import { nowIso } from './records';
import type { StageTemplate } from './workspace';

export interface StageGuide {
  /** Two or three sentences: what the product manager is doing in this stage. */
  about: string;
  tips: readonly string[];
}

export const STAGE_GUIDES: Record<Stage, StageGuide> = {
  ideation: {
    about:
      'This stage decides whether the idea is worth building. Learn what potential users struggle with, size the market, and test the idea with the people who would use it and the stakeholders who would back it. Nothing is fixed yet: be ready to change course on what you learn.',
    tips: [
      'Write the problem down in a sentence or two before discussing any solution.',
      'Ask people what they did the last time they met the problem, not what they would do.',
      'Describe the target persona: who they are and what they are trying to get done.',
      'Look at how people cope today, workarounds and competitors included.',
      'Decide up front what evidence would make you drop the idea or pivot.',
    ],
  },
  development: {
    about:
      'The product is being built. Order the work by what users need and what the business is after, deliver in short iterations, and put working versions in front of users often so each iteration learns from the last.',
    tips: [
      'Score the backlog with RICE or sort it by MoSCoW, so priorities can be explained.',
      'Agree acceptance criteria before work on an item starts.',
      'Test prototypes with real users every iteration, not only at the end.',
      'Keep the feedback behind each backlog item linked to it.',
      'Review designs with engineering early, while changes are still cheap.',
    ],
  },
  launch: {
    about:
      'The product goes to market. Marketing, sales and distribution each need a plan, and support and feedback channels must be open before the first customers arrive. Watch the first reactions closely: they are the cheapest lessons you will get.',
    tips: [
      'Fix the launch date with every team that has to deliver for it.',
      'Write the message once (who it is for, what it does for them) and reuse it everywhere.',
      'Make sure support knows the product and where to send problems.',
      'Give customers an obvious way to send feedback from the first day.',
      'Book the first-week review before launch day, so it happens.',
    ],
  },
  growth: {
    about:
      'The product has found its market and now has to scale. Work on acquisition, retention and revenue, let usage data decide what to improve, and run experiments such as referrals, partnerships and A/B tests to find what moves the numbers.',
    tips: [
      'Choose a few KPIs, give each a target, and measure them on a fixed rhythm.',
      'Log every experiment: what you expected, what happened, what you decided.',
      'Review retention by cohort; a growing total can hide customers leaving.',
      'Test one change at a time, so you know what caused a result.',
      'Tell the customers who asked for a feature when it ships.',
    ],
  },
  maturity: {
    about:
      'Growth has levelled off; the work now is to hold the position and keep the product profitable. Watch competitors closely, extend the line where it makes sense, and improve the features customers already rely on.',
    tips: [
      'Review competitors on a schedule, not only after a lost deal.',
      'Check pricing against the value delivered and against the alternatives.',
      'Improve the features most customers use before adding new ones.',
      'Collect line-extension ideas: new segments, editions, bundles.',
      'Watch the KPIs for the first signs of decline.',
    ],
  },
  decline: {
    about:
      'Demand is falling. Find out why before deciding anything, then choose the product’s future: rejuvenate it, retire it, or pivot it to a new market or brand. Whatever the choice, the customers who depend on it deserve a clear plan.',
    tips: [
      'Separate the causes: a shrinking market, a stronger competitor, or a product that fell behind.',
      'Write the decision down with its rationale, so it can be revisited.',
      'Tell customers early and plainly what will happen, and when.',
      'If the product is retired, plan how customers take their data and where they go next.',
      'Record what was learned for the next product.',
    ],
  },
};

/** The checklist each stage starts with until a plan edits its template. */
export const DEFAULT_TEMPLATES: Record<Stage, readonly string[]> = {
  ideation: [
    'Run a survey of potential users',
    'Interview potential users',
    'Hold a focus group',
    'Write the problem statement',
    'Describe the target persona',
  ],
  development: [
    'Prioritise the backlog',
    'Hold a design review',
    'Test a prototype with users',
    'Agree acceptance criteria for the first release',
  ],
  launch: [
    'Set the launch date',
    'Agree the launch messaging',
    'Open a support channel',
    'Open a feedback channel',
    'Hold the first-week review',
  ],
  growth: ['Set growth KPIs with targets', 'Start an experiments log', 'Review retention cohorts'],
  maturity: ['Review competitors', 'Review pricing', 'Collect line-extension ideas'],
  decline: [
    'Analyse why demand fell',
    'Decide to rejuvenate, retire or pivot, with the rationale',
    'Plan how customers will be told',
    'Draw up the sunset plan',
  ],
};

/** More would be a project plan, not a checklist; the cap also keeps a pasted file in check. */
export const MAX_TEMPLATE_ITEMS = 100;

/** The plan's edited template for `stage`, else the default. An empty edited template wins. */
export function templateItems(stage: Stage, stored: StageTemplate | undefined): string[] {
  return stored && stored.stage === stage ? [...stored.items] : [...DEFAULT_TEMPLATES[stage]];
}

export function isDefaultTemplate(stage: Stage, items: readonly string[]): boolean {
  const defaults = DEFAULT_TEMPLATES[stage];
  return items.length === defaults.length && items.every((item, i) => item === defaults[i]);
}

/** The text of one checklist item: not blank, spaces collapsed, a name's length at most. */
export function checkChecklistText(raw: string): FieldCheck<string> {
  const check = checkName(raw, 'checklist item');
  if (!check.ok && raw.trim() === '') return { ok: false, message: 'Write what needs doing.' };
  return check;
}

/** A template typed one item per line; blank lines are skipped. */
export function parseTemplateText(text: string): FieldCheck<string[]> {
  const items: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const check = checkChecklistText(line);
    if (!check.ok) return { ok: false, message: `Line ${index + 1}: ${check.message}` };
    items.push(check.value);
  }
  if (items.length > MAX_TEMPLATE_ITEMS) {
    return {
      ok: false,
      message: `The template has ${items.length} items; keep it to ${MAX_TEMPLATE_ITEMS}.`,
    };
  }
  return { ok: true, value: items };
}

/**
 * The items a product gets on entering `stage`, from the template. A product that already has
 * items for that stage (it was there before, moved away and came back) keeps them as they are
 * and gets nothing new: its ticks and edits are worth more than a fresh copy of the template.
 */
export function checklistForStage(
  product: Pick<Product, 'id' | 'planId'>,
  stage: Stage,
  template: readonly string[],
  existing: readonly Pick<ChecklistItem, 'productId' | 'stage'>[],
  now: Date,
  makeId: () => string,
): ChecklistItem[] {
  if (existing.some((item) => item.productId === product.id && item.stage === stage)) return [];
  const texts = template.flatMap((raw) => {
    const check = checkChecklistText(raw);
    return check.ok ? [check.value] : [];
  });
  const ranks = generateNKeysBetween(null, null, texts.length);
  const at = nowIso(now);
  return texts.map((text, i) => ({
    id: makeId(),
    planId: product.planId,
    productId: product.id,
    stage,
    text,
    done: false,
    rank: ranks[i] as string,
    createdAt: at,
    updatedAt: at,
  }));
}

export interface ChecklistProgress {
  done: number;
  total: number;
}

/** How much of the product's checklist for `stage` is done. */
export function checklistProgress(
  items: readonly Pick<ChecklistItem, 'stage' | 'done'>[],
  stage: Stage,
): ChecklistProgress {
  const inStage = items.filter((item) => item.stage === stage);
  return { done: inStage.filter((item) => item.done).length, total: inStage.length };
}

/** "3 of 5 done" */
export function formatProgress({ done, total }: ChecklistProgress): string {
  return `${done} of ${total} done`;
}

/** Each product's progress on the checklist of its current stage, for a whole board at once. */
export function progressByProduct(
  products: readonly Pick<Product, 'id' | 'stage'>[],
  items: readonly Pick<ChecklistItem, 'productId' | 'stage' | 'done'>[],
): Map<string, ChecklistProgress> {
  const stageOf = new Map(products.map((p) => [p.id, p.stage]));
  const progress = new Map<string, ChecklistProgress>();
  for (const item of items) {
    if (stageOf.get(item.productId) !== item.stage) continue;
    const entry = progress.get(item.productId) ?? { done: 0, total: 0 };
    entry.total += 1;
    if (item.done) entry.done += 1;
    progress.set(item.productId, entry);
  }
  return progress;
}

/** A product's checklist for one stage, in its manual order. */
export function stageChecklist<T extends ChecklistItem>(items: readonly T[], stage: Stage): T[] {
  return sortByRank(items.filter((item) => item.stage === stage));
}

/** Stages other than the current one that hold checklist items, in lifecycle order. */
export function otherStagesWithItems(
  items: readonly Pick<ChecklistItem, 'stage'>[],
  current: Stage,
): Stage[] {
  return STAGES.filter((stage) => stage !== current && items.some((i) => i.stage === stage));
}

/**
 * The building blocks of ./arbitraries.ts: text, days and stamps of every awkward kind, and
 * one arbitrary per kind of record holding its own fields plus "picks" (indices) that the
 * plan-file arbitrary turns into links to records that exist.
 */
import fc from 'fast-check';
import { MAX_UNIT_LENGTH } from '../../../shared/domain/kpi';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import { checkName } from '../../../shared/domain/product';
import { EXPERIMENT_DECISIONS } from '../../../shared/domain/experiments';
import { MAX_VISION_LENGTH } from '../../../shared/domain/vision';
import {
  DECLINE_CHOICES,
  BACKLOG_STATUSES,
  FEEDBACK_SOURCES,
  HORIZONS,
  IMPACT_SCALE,
  KPI_DIRECTIONS,
  MOSCOW,
  SENTIMENTS,
} from '../../../shared/domain/workspace';

/** Base records are stamped 2020–2023; edits made by tests come later. */
export const BASE_FROM = new Date('2020-01-01T00:00:00.000Z');
export const BASE_TO = new Date('2023-12-31T23:59:59.999Z');

export const timestampArb = (min = BASE_FROM, max = BASE_TO) =>
  fc.date({ min, max, noInvalidDate: true }).map((date) => date.toISOString());

const tricky = fc.constantFrom(
  '*bold*',
  '<script>alert(1)</script>',
  '=SUM(A1:A9)',
  '-1',
  '@mention',
  'a, b "quoted"\nnext line',
  'Sofía Ünal 日本 🚀',
  '  padded  ',
);

/** Text of every kind: ASCII, any code point (lone surrogates included), and known traps. */
export const textArb = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  tricky,
);

export const nameArb = textArb.filter((text) => checkName(text).ok);
export const stageArb = fc.constantFrom<Stage>(...STAGES);
const BASE_62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const digitArb = fc.constantFrom(...BASE_62);
/** Order keys as the ranking library makes them: "a" and one digit, maybe a fraction. */
export const rankArb = fc
  .tuple(digitArb, fc.array(digitArb, { maxLength: 4 }))
  .map(([digit, fraction]) => `a${digit}${fraction.join('').replace(/0+$/, '')}`);
export const dayArb = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export const stampsArb = fc
  .tuple(timestampArb(), timestampArb())
  .map(([a, b]) => (a <= b ? { createdAt: a, updatedAt: b } : { createdAt: b, updatedAt: a }));

/** JSON has no -0 (it reads back as 0), so a generated number never is -0. */
const noNegativeZero = (n: number) => n + 0;

/** Whole numbers mostly, as people type them, and fractions of every size too. */
const numberArb = (min: number, max: number) =>
  fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      fc.double({ min, max, noNaN: true }),
    )
    .map(noNegativeZero);

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
/** An index into a list of candidates to link to, or no link. */
const pickArb = nullable(fc.nat());

export const productLinksArb = fc.record({
  personaPicks: fc.array(fc.nat(), { maxLength: 3 }),
  competitorPicks: fc.array(fc.nat(), { maxLength: 2 }),
  decision: nullable(
    fc.record({
      choice: fc.constantFrom(...DECLINE_CHOICES),
      rationale: textArb,
      decidedOn: dayArb,
    }),
  ),
  plannedStages: fc.array(fc.record({ stage: stageArb, plannedOn: dayArb }), { maxLength: 2 }),
});

/** A vision is one line; the other fields are free text, the strategy with its stage or none. */
export const visionArb = fc.record({
  vision: textArb.filter((text) => text.length <= MAX_VISION_LENGTH && !/[\r\n]/.test(text)),
  targetCustomer: textArb,
  problem: textArb,
  strategy: textArb,
  strategyStage: nullable(stageArb),
});

export const featurePartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  title: nameArb,
  description: textArb,
  status: fc.constantFrom(...BACKLOG_STATUSES),
  moscow: nullable(fc.constantFrom(...MOSCOW)),
  reach: nullable(numberArb(0, 1e9)),
  impact: nullable(fc.constantFrom(...IMPACT_SCALE)),
  confidence: nullable(numberArb(0, 100)),
  effort: nullable(fc.double({ min: 0.01, max: 1000, noNaN: true })),
  rank: rankArb,
  horizon: nullable(fc.constantFrom(...HORIZONS)),
  milestonePick: pickArb,
  releasePick: pickArb,
  shippedOn: nullable(dayArb),
  stamps: stampsArb,
});

export const feedbackPartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  source: fc.constantFrom(...FEEDBACK_SOURCES),
  // The same customer written differently, and none at all, as people type them.
  customer: fc.oneof(textArb, fc.constantFrom('Acme Corp', ' acme  corp', '')),
  quote: textArb,
  date: dayArb,
  sentiment: fc.constantFrom(...SENTIMENTS),
  featurePick: pickArb,
  notifiedAt: nullable(timestampArb()),
  stamps: stampsArb,
});

export const kpiPartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  name: nameArb,
  unit: fc.oneof(
    fc.constantFrom('', '%', '€', 'users'),
    textArb.filter((unit) => unit.length <= MAX_UNIT_LENGTH),
  ),
  target: numberArb(-1e15, 1e15),
  direction: fc.constantFrom(...KPI_DIRECTIONS),
  stamps: stampsArb,
});

export const kpiValuePartArb = fc.record({
  id: fc.uuid(),
  kpiIndex: fc.nat(),
  date: dayArb,
  value: numberArb(-1e15, 1e15),
  stamps: stampsArb,
});

export const releasePartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  version: nameArb,
  date: dayArb,
  notes: textArb,
  stamps: stampsArb,
});

export const experimentPartArb = fc.record({
  id: fc.uuid(),
  productIndex: fc.nat(),
  title: nameArb,
  hypothesis: textArb,
  kpiPick: pickArb,
  startOn: dayArb,
  endOn: nullable(dayArb),
  variants: fc.array(
    fc.record({ name: textArb.filter((text) => text.length <= 200), result: textArb }),
    { maxLength: 3 },
  ),
  decision: fc.constantFrom(...EXPERIMENT_DECISIONS),
  rationale: textArb,
  stamps: stampsArb,
});

/** A persona or a competitor: the two have the same fields. */
export const personPartArb = fc.record({
  id: fc.uuid(),
  name: nameArb,
  notes: textArb,
  stamps: stampsArb,
});

export const templatePartArb = fc.record({
  stage: stageArb,
  items: fc.array(nameArb, { maxLength: 3 }),
  stamps: stampsArb,
});

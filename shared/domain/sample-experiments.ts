/**
 * The sample portfolio's vision and strategy lines and its experiments log: what a Growth
 * product's PM writes down, so a new user sees the Overview and Experiments filled in. Dates
 * are relative to today, like the rest of the sample.
 */
import { addDays } from './calendar';
import type { Experiment } from './experiments';
import type { Product } from './product';
import { newId } from './records';
import type { Kpi } from './workspace';

type Vision = Pick<Product, 'vision' | 'targetCustomer' | 'problem' | 'strategy'>;

const VISIONS: Record<string, Vision> = {
  'Payroll Lite': {
    vision: 'Payroll a five-person company runs in ten minutes a month.',
    targetCustomer: 'Small companies of two to twenty people without an in-house accountant.',
    problem:
      'Payroll tools are built for HR departments; founders do it at night and fear mistakes.',
    strategy: 'Grow through accountants: referral rewards, then a partner listing.',
  },
  'Ledger Desktop': {
    vision: 'The books of a small business, kept right without thinking about them.',
    targetCustomer: 'Freelancers and studios who file their own taxes.',
    problem: 'Bookkeeping is repetitive and errors are found only at year end.',
    strategy: 'Hold share against cheaper web tools: a Starter plan and rules that learn.',
  },
};

/** [product, KPI name, title, hypothesis, days ago started, days ago ended or null, variants, decision, rationale] */
type ExperimentRow = [
  string,
  string,
  string,
  string,
  number,
  number | null,
  [string, string][],
  Experiment['decision'],
  string,
];

const EXPERIMENTS: ExperimentRow[] = [
  [
    'Payroll Lite',
    'Monthly active companies',
    'Referral month free',
    'If a company gets a month free for referring its accountant, sign-ups from accountants double, because accountants advise many clients.',
    100,
    70,
    [
      ['Control', '31 sign-ups from referrals'],
      ['Month free', '68 sign-ups from referrals'],
    ],
    'roll-out',
    'Sign-ups doubled with no rise in churn; offered to everyone since.',
  ],
  [
    'Payroll Lite',
    'Monthly active companies',
    'Onboarding checklist',
    'A five-step checklist on first login gets more new companies to run their first payroll in week one.',
    20,
    null,
    [
      ['Control', ''],
      ['Checklist', ''],
    ],
    'undecided',
    '',
  ],
];

export function sampleVision(product: Product): Product {
  const vision = VISIONS[product.name];
  return vision ? { ...product, ...vision, strategyStage: product.stage } : product;
}

export function sampleExperiments(
  products: readonly Product[],
  kpis: readonly Kpi[],
  today: string,
  stamp: string,
): Experiment[] {
  const byName = new Map(products.map((p) => [p.name, p]));
  return EXPERIMENTS.flatMap(
    ([name, kpiName, title, hypothesis, started, ended, variants, decision, rationale]) => {
      const product = byName.get(name);
      if (!product) return [];
      const kpi = kpis.find((k) => k.productId === product.id && k.name === kpiName);
      return [
        {
          id: newId(),
          planId: product.planId,
          productId: product.id,
          title,
          hypothesis,
          kpiId: kpi?.id ?? null,
          startOn: addDays(today, -started),
          endOn: ended === null ? null : addDays(today, -ended),
          variants: variants.map(([variantName, result]) => ({ name: variantName, result })),
          decision,
          rationale,
          createdAt: stamp,
          updatedAt: stamp,
        },
      ];
    },
  );
}

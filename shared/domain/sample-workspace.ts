/**
 * What sits behind the sample portfolio's cards: backlogs with RICE estimates, feedback tied
 * to them, KPIs with a few months of values, milestones, releases, personas and competitors,
 * and each product's checklist for its stage. Dates are relative to `now`, so the sample
 * always looks current: some milestones are coming up, one is overdue, some KPIs miss target.
 */
import { addDays, localCalendarDate } from './calendar';
import { generateNKeysBetween } from 'fractional-indexing';
import { DEFAULT_TEMPLATES, checklistForStage } from './playbook';
import { sampleExperiments, sampleVision } from './sample-experiments';
import type { Milestone, Product } from './product';
import { newId, nowIso } from './records';
import type { PlanRecords } from '../records/registry';
import type { BacklogItem, BacklogStatus, Impact, Moscow } from './workspace';

type Tables = { [T in keyof PlanRecords]: PlanRecords[T][] };

/** [title, status, moscow, reach, impact, confidence, effort] */
type BacklogItemRow = [string, BacklogStatus, Moscow | null, number, Impact, number, number];

const BACKLOGS: Record<string, BacklogItemRow[]> = {
  'Receipt Scanner': [
    ['Snap and categorise', 'planned', 'must', 4000, 3, 80, 4],
    ['Mileage log from GPS', 'idea', 'could', 900, 1, 50, 3],
  ],
  'Invoice Autopilot': [
    ['Polite payment reminders', 'in-progress', 'must', 2500, 2, 90, 2],
    ['Recurring invoice schedules', 'planned', 'must', 1800, 2, 80, 3],
    ['Late-fee rules by country', 'idea', 'should', 600, 1, 60, 2],
  ],
  'Open Banking Connect': [
    ['Consent renewal reminders', 'in-progress', 'must', 5000, 2, 80, 2],
    ['Nordic banks', 'planned', 'should', 1200, 1, 70, 5],
  ],
  'Cash Flow Forecast': [
    ['What-if scenarios', 'planned', 'should', 1500, 2, 70, 3],
    ['Forecast alerts by email', 'in-progress', 'must', 2200, 1, 90, 1],
  ],
  'Payroll Lite': [
    ['Referral rewards', 'shipped', 'must', 3000, 2, 80, 2],
    ['Holiday allowance tracking', 'planned', 'should', 1100, 1, 80, 2],
    ['Payslips in Polish', 'idea', 'could', 300, 0.5, 50, 1],
  ],
  'Ledger Desktop': [
    ['Bank rules', 'shipped', 'must', 6000, 2, 90, 3],
    ['Lower-price Starter plan', 'in-progress', 'must', 8000, 2, 60, 2],
    ['Dark mode', 'idea', 'could', 4000, 0.5, 80, 1],
  ],
  'Tax Filing Assistant': [['Partnership returns', 'planned', 'must', 1400, 3, 70, 6]],
};

/** [product, customer, source, quote, sentiment, backlog item title or null] */
const FEEDBACK: [string, string, string, string, string, string | null][] = [
  [
    'Ledger Desktop',
    'Jonas K.',
    'interview',
    'I re-type the same payee rules every month.',
    'negative',
    'Bank rules',
  ],
  [
    'Ledger Desktop',
    'Priya N.',
    'support',
    'Please let it learn my categories.',
    'neutral',
    'Bank rules',
  ],
  [
    'Ledger Desktop',
    'Studio Lumen',
    'sales',
    'Too pricey for a two-person studio.',
    'negative',
    'Lower-price Starter plan',
  ],
  [
    'Invoice Autopilot',
    'Marta G.',
    'survey',
    'Chasing late payers is the worst part of my week.',
    'negative',
    'Polite payment reminders',
  ],
  [
    'Invoice Autopilot',
    'Kiel Bakery',
    'interview',
    'Same invoice every month, I just want it sent.',
    'neutral',
    'Recurring invoice schedules',
  ],
  [
    'Payroll Lite',
    'Ana P.',
    'social',
    'Got a month free for referring my accountant. Nice!',
    'positive',
    'Referral rewards',
  ],
  [
    'Receipt Scanner',
    'Freelancers panel',
    'interview',
    'Shoeboxes of receipts every March.',
    'negative',
    'Snap and categorise',
  ],
  [
    'Cash Flow Forecast',
    'Tom B.',
    'support',
    'Tell me before the balance dips, not after.',
    'neutral',
    'Forecast alerts by email',
  ],
];

/** [product, name, unit, target, direction, six monthly values, oldest first] */
const KPIS: [string, string, string, number, 'higher' | 'lower', number[]][] = [
  [
    'Payroll Lite',
    'Monthly active companies',
    'companies',
    1500,
    'higher',
    [820, 910, 1040, 1180, 1320, 1410],
  ],
  [
    'Expense Cards',
    'Card spend',
    '€',
    2_000_000,
    'higher',
    [1.2e6, 1.4e6, 1.5e6, 1.8e6, 2.1e6, 2.3e6],
  ],
  ['Expense Cards', 'Monthly churn', '%', 2, 'lower', [2.4, 2.2, 2.1, 1.9, 1.8, 1.7]],
  ['Ledger Desktop', 'Net revenue retention', '%', 100, 'higher', [104, 103, 101, 99, 98, 97]],
  ['Cash Flow Forecast', 'Trial to paid', '%', 12, 'higher', [0, 0, 0, 0, 6, 9]],
  ['Fax Gateway', 'Faxes sent', 'faxes', 5000, 'higher', [7000, 6100, 5400, 4700, 4100, 3600]],
];

/** [product, title, days from today, done] */
const MILESTONES: [string, string, number, boolean][] = [
  ['Receipt Scanner', 'Ten user interviews done', 14, false],
  ['Invoice Autopilot', 'Beta with 20 customers', 21, false],
  ['Open Banking Connect', 'Licence approval', -12, false],
  ['Cash Flow Forecast', 'First-week review', -2, true],
  ['Cash Flow Forecast', 'Launch retrospective', 10, false],
  ['Payroll Lite', 'Referral experiment readout', 35, false],
  ['Tax Filing Assistant', 'Partnership returns beta', 75, false],
  ['Fax Gateway', 'Sunset decision', 20, false],
];

/** [product, stage, days from today]: where the PM expects the product to go next. */
const PLANNED: [string, Product['stage'], number][] = [
  ['Receipt Scanner', 'development', 60],
  ['Invoice Autopilot', 'launch', 45],
  ['Open Banking Connect', 'launch', 120],
  ['Cash Flow Forecast', 'growth', 90],
];

export function sampleWorkspace(products: readonly Product[], now: Date): Tables {
  const today = localCalendarDate(now);
  const stamp = nowIso(now);
  const byName = new Map(products.map((p) => [p.name, p]));
  const base = (product: Product) => ({
    planId: product.planId,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const tables: Tables = {
    products: products.map((product) => ({
      ...sampleVision(product),
      decision:
        product.name === 'Paper Statements'
          ? {
              choice: 'retire' as const,
              rationale: 'Under 300 customers left, all offered PDF statements for free.',
              decidedOn: addDays(today, -420),
            }
          : product.decision,
      plannedStages: PLANNED.filter(([name]) => name === product.name).map(([, stage, days]) => ({
        stage,
        plannedOn: addDays(today, days),
      })),
    })),
    checklistItems: [],
    milestones: [],
    backlogItems: [],
    feedback: [],
    kpis: [],
    kpiValues: [],
    releases: [],
    experiments: [],
    personas: [],
    competitors: [],
    stageTemplates: [],
  };

  for (const product of products) {
    const items = checklistForStage(
      product,
      product.stage,
      DEFAULT_TEMPLATES[product.stage],
      [],
      now,
      newId,
    );
    // The first items of a stage the product has been in a while are done already.
    const done = Math.min(items.length, Math.floor(product.stageHistory.length / 2) + 1);
    tables.checklistItems.push(...items.map((item, i) => ({ ...item, done: i < done })));
  }

  const backlogItems = new Map<string, BacklogItem>();
  for (const [name, rows] of Object.entries(BACKLOGS)) {
    const product = byName.get(name);
    if (!product) continue;
    const ranks = generateNKeysBetween(null, null, rows.length);
    rows.forEach(([title, status, moscow, reach, impact, confidence, effort], i) => {
      const backlogItem: BacklogItem = {
        id: newId(),
        ...base(product),
        productId: product.id,
        title,
        description: '',
        status,
        moscow,
        reach,
        impact,
        confidence,
        effort,
        rank: ranks[i] as string,
        horizon: null,
        milestoneId: null,
        releaseId: null,
        shippedOn: status === 'shipped' ? addDays(today, -40) : null,
      };
      backlogItems.set(`${name}/${title}`, backlogItem);
      tables.backlogItems.push(backlogItem);
    });
  }

  FEEDBACK.forEach(([name, customer, source, quote, sentiment, featureTitle], i) => {
    const product = byName.get(name);
    if (!product) return;
    tables.feedback.push({
      id: newId(),
      ...base(product),
      productId: product.id,
      source: source as PlanRecords['feedback']['source'],
      customer,
      quote,
      date: addDays(today, -60 + i * 5),
      sentiment: sentiment as PlanRecords['feedback']['sentiment'],
      backlogItemId: featureTitle
        ? (backlogItems.get(`${name}/${featureTitle}`)?.id ?? null)
        : null,
      notifiedAt: null,
    });
  });

  for (const [name, kpiName, unit, target, direction, values] of KPIS) {
    const product = byName.get(name);
    if (!product) continue;
    const kpi = {
      id: newId(),
      ...base(product),
      productId: product.id,
      name: kpiName,
      unit,
      target,
      direction,
    };
    tables.kpis.push(kpi);
    values.forEach((value, i) => {
      tables.kpiValues.push({
        id: newId(),
        ...base(product),
        kpiId: kpi.id,
        productId: product.id,
        date: addDays(today, -30 * (values.length - 1 - i)),
        value,
      });
    });
  }

  for (const [name, title, days, done] of MILESTONES) {
    const product = byName.get(name);
    if (!product) continue;
    const milestone: Milestone = {
      id: newId(),
      ...base(product),
      productId: product.id,
      title,
      date: addDays(today, days),
      done,
    };
    tables.milestones.push(milestone);
  }

  tables.experiments.push(...sampleExperiments(products, tables.kpis, today, stamp));

  const ledger = byName.get('Ledger Desktop');
  const bankRules = backlogItems.get('Ledger Desktop/Bank rules');
  if (ledger && bankRules) {
    const release = {
      id: newId(),
      ...base(ledger),
      productId: ledger.id,
      version: '8.4',
      date: addDays(today, -40),
      notes: 'Rules that file recurring payees for you.',
    };
    tables.releases.push(release);
    bankRules.releaseId = release.id;
  }

  const [first] = products;
  if (first) {
    const plan = base(first);
    const persona = (name: string, notes: string) => ({ id: newId(), ...plan, name, notes });
    tables.personas.push(
      persona('Solo freelancer', 'Does the books on Sunday nights; hates month end.'),
      persona('Small-team finance lead', 'Five to twenty people; wants approvals and control.'),
    );
    tables.competitors.push(
      { id: newId(), ...plan, name: 'Ledgerly', notes: 'Web only; cheaper entry plan.' },
      { id: newId(), ...plan, name: 'BooksNow', notes: 'Strong bank feeds in the Nordics.' },
    );
    const [solo, team] = tables.personas;
    const [ledgerly] = tables.competitors;
    tables.products = tables.products.map((product) => {
      if (product.name === 'Ledger Desktop' && solo && ledgerly) {
        return { ...product, personaIds: [solo.id], competitorIds: [ledgerly.id] };
      }
      if (product.name === 'Team Budgets' && team) return { ...product, personaIds: [team.id] };
      return product;
    });
  }
  return tables;
}

/** A realistic portfolio for a first start: ten products of one company across the lifecycle. */
import { generateNKeysBetween } from 'fractional-indexing';
import { STAGES, type Stage } from './lifecycle';
import { emptyProductLinks, type Product } from './product';
import { newId } from './records';

interface SampleProduct {
  name: string;
  summary: string;
  owner: string;
  tags: string[];
  stage: Stage;
  /** Days ago the product entered each stage up to its current one, oldest first. */
  enteredDaysAgo: number[];
  archived?: boolean;
}

const SAMPLE: SampleProduct[] = [
  {
    name: 'Receipt Scanner',
    summary: 'Snap a receipt, get a categorised expense. Validating demand with freelancers.',
    owner: 'Amara Okafor',
    tags: ['mobile', 'AI'],
    stage: 'ideation',
    enteredDaysAgo: [12],
  },
  {
    name: 'Team Budgets',
    summary: 'Shared budgets with approval rules for small teams.',
    owner: 'Lukas Brandt',
    tags: ['B2B', 'web'],
    stage: 'ideation',
    enteredDaysAgo: [34],
  },
  {
    name: 'Invoice Autopilot',
    summary: 'Recurring invoices that chase late payers politely.',
    owner: 'Sofía Herrera',
    tags: ['B2B', 'automation'],
    stage: 'development',
    enteredDaysAgo: [160, 71],
  },
  {
    name: 'Open Banking Connect',
    summary: 'Bank feeds for 2,400 European banks through one consent screen.',
    owner: 'Lukas Brandt',
    tags: ['platform', 'API'],
    stage: 'development',
    enteredDaysAgo: [240, 118],
  },
  {
    name: 'Cash Flow Forecast',
    summary: 'A 90-day forecast from bank data and open invoices. Launch campaign under way.',
    owner: 'Mei Tanaka',
    tags: ['web', 'analytics'],
    stage: 'launch',
    enteredDaysAgo: [300, 190, 9],
  },
  {
    name: 'Expense Cards',
    summary: 'Virtual and physical cards with per-employee limits.',
    owner: 'Amara Okafor',
    tags: ['fintech', 'B2B'],
    stage: 'growth',
    enteredDaysAgo: [620, 480, 350, 200],
  },
  {
    name: 'Payroll Lite',
    summary: 'Payroll for companies under 20 people; referral programme running.',
    owner: 'Daniel Cohen',
    tags: ['HR', 'web'],
    stage: 'growth',
    enteredDaysAgo: [700, 560, 420, 95],
  },
  {
    name: 'Ledger Desktop',
    summary: 'The original bookkeeping app. Profitable; competitors pressing on price.',
    owner: 'Mei Tanaka',
    tags: ['desktop', 'core'],
    stage: 'maturity',
    enteredDaysAgo: [2900, 2700, 2550, 2100, 1100],
  },
  {
    name: 'Tax Filing Assistant',
    summary: 'Guided annual returns for sole traders. Line extension for partnerships planned.',
    owner: 'Sofía Herrera',
    tags: ['compliance'],
    stage: 'maturity',
    enteredDaysAgo: [1800, 1650, 1500, 1200, 400],
  },
  {
    name: 'Fax Gateway',
    summary: 'Send invoices by fax. Usage down 40% a year; deciding between retire and pivot.',
    owner: 'Daniel Cohen',
    tags: ['legacy'],
    stage: 'decline',
    enteredDaysAgo: [3600, 3400, 3300, 3000, 2200, 150],
  },
  {
    name: 'Paper Statements',
    summary: 'Printed monthly statements by post. Retired last year.',
    owner: 'Daniel Cohen',
    tags: ['legacy'],
    stage: 'decline',
    enteredDaysAgo: [4000, 3900, 3800, 3500, 2600, 500],
    archived: true,
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

export function samplePortfolio(planId: string, now: Date): Product[] {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const perStage = new Map<Stage, string[]>(
    STAGES.map((stage) => {
      const count = SAMPLE.filter((p) => p.stage === stage).length;
      return [stage, count === 0 ? [] : generateNKeysBetween(null, null, count)];
    }),
  );
  return SAMPLE.map((sample) => {
    const stageHistory = sample.enteredDaysAgo.map((days, i) => ({
      stage: STAGES[i] as Stage,
      enteredAt: daysAgo(days),
    }));
    const createdAt = stageHistory[0]?.enteredAt ?? now.toISOString();
    return {
      id: newId(),
      planId,
      name: sample.name,
      summary: sample.summary,
      owner: sample.owner,
      tags: sample.tags,
      stage: sample.stage,
      rank: perStage.get(sample.stage)?.shift() ?? 'a0',
      stageHistory,
      archived: sample.archived ?? false,
      ...emptyProductLinks(),
      createdAt,
      updatedAt: now.toISOString(),
    };
  });
}

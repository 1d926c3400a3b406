/**
 * Stakeholder updates: the period follows the first day of the week, each product's update
 * holds its stage and time in it, KPIs against targets, what shipped, next milestones and
 * decisions with their reasons; user text is escaped; the same plan and date give the same text.
 */
import { describe, expect, it } from 'vitest';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import {
  renderStakeholderUpdate,
  updateHtmlDocument,
} from '../../../shared/plan-file/stakeholder-render';
import { periodStart } from '../../../shared/plan-file/stakeholder-update';
import {
  makeBacklogItem,
  makeExperiment,
  makeFullPlanFile,
  makeMilestone,
  makeProduct,
  makeRelease,
} from './factories';

describe('the period of an update', () => {
  // 2026-03-04 is a Wednesday.
  it.each([
    ['week', 1, '2026-03-02'],
    ['week', 7, '2026-03-01'],
    ['week', 6, '2026-02-28'],
    ['two-weeks', 1, '2026-02-23'],
    ['month', 1, '2026-03-01'],
    ['quarter', 1, '2026-01-01'],
  ] as const)('%s with weeks from day %i starts on %s', (period, weekStart, start) => {
    expect(periodStart('2026-03-04', period, weekStart)).toBe(start);
  });

  it('starts a week on today when today is the first day of the week', () => {
    expect(periodStart('2026-03-02', 'week', 1)).toBe('2026-03-02');
    expect(periodStart('2026-11-17', 'quarter', 1)).toBe('2026-10-01');
  });
});

const file = buildPlanFile({
  ...makeFullPlanFile(),
  products: makeFullPlanFile().products.map((p) =>
    p.id === 'p-1'
      ? { ...p, vision: 'Receipts *vanish*', strategy: 'Win the pilot <b>fast</b>' }
      : p,
  ),
  backlogItems: [
    makeBacklogItem({ status: 'shipped', shippedOn: '2026-03-02', title: 'Scan & send' }),
    makeBacklogItem({ id: 'f-old', status: 'shipped', shippedOn: '2026-01-02', title: 'Old' }),
  ],
  releases: [makeRelease({ date: '2026-03-03', version: '2.1', notes: 'Faster scans.' })],
  milestones: [
    makeMilestone({ id: 'm-1', title: 'Beta', date: '2026-03-01' }),
    makeMilestone({ id: 'm-2', title: 'GA', date: '2026-06-01' }),
  ],
  experiments: [
    makeExperiment({ endOn: '2026-03-02', rationale: 'Doubled, and churn held.' }),
    makeExperiment({
      id: 'x-2',
      title: 'Onboarding checklist',
      startOn: '2026-02-20',
      endOn: null,
      decision: 'undecided',
      rationale: '',
    }),
  ],
});
const options = { productId: 'p-1', today: '2026-03-04', period: 'week', weekStart: 1 } as const;

describe('a product’s update', () => {
  const rendered = renderStakeholderUpdate(file, options);

  it('says where the product stands, what shipped, what is next and what was decided', () => {
    expect(rendered?.title).toBe('Receipt Scanner: status update');
    expect(rendered?.markdown).toBe(
      [
        '# Receipt Scanner: status update',
        '',
        'This week: Mar 2, 2026 to Mar 4, 2026.',
        '',
        '## Receipt Scanner',
        '',
        'Development for 31 days (since Feb 1, 2026)',
        '',
        '> Receipts \\*vanish\\*',
        '',
        '**Strategy:** Win the pilot \\<b\\>fast\\</b\\>',
        '',
        '**KPIs against targets**',
        '',
        '- Weekly active users: 1,600 users, target at least 1,500 users — On track',
        '',
        '**Shipped**',
        '',
        '- Scan \\& send (Mar 2, 2026)',
        '- Release 2.1 (Mar 3, 2026): Faster scans.',
        '',
        '**Next milestones**',
        '',
        '- Mar 1, 2026: Beta (3 days overdue)',
        '- Jun 1, 2026: GA (in 89 days)',
        '',
        '**Decisions**',
        '',
        '- Experiment “Referral month free”: Roll it out (Mar 2, 2026). Doubled, and churn held.',
        '',
        '**Experiments running**',
        '',
        '- Onboarding checklist, since Feb 20, 2026',
        '',
      ].join('\n'),
    );
  });

  it('writes the same facts as HTML to paste, with every user text escaped', () => {
    const html = rendered?.html ?? '';
    expect(html).toContain('<h1>Receipt Scanner: status update</h1>');
    expect(html).toContain('<blockquote>Receipts *vanish*</blockquote>');
    expect(html).toContain('Win the pilot &lt;b&gt;fast&lt;/b&gt;');
    expect(html).toContain('<li>Scan &amp; send (Mar 2, 2026)</li>');
    expect(html).not.toContain('<b>');
    const page = updateHtmlDocument(rendered ?? { title: '', markdown: '', html: '' });
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|src=/);
  });

  it('writes numbers and dates as the region does, and the same text every time', () => {
    const german = renderStakeholderUpdate(file, { ...options, locale: 'de-DE' });
    expect(german?.markdown).toContain(
      '- Weekly active users: 1.600 users, target at least 1.500 users',
    );
    expect(german?.markdown).toContain('This week: 02.03.2026 to 04.03.2026.');
    expect(renderStakeholderUpdate(file, { ...options, locale: 'de-DE' })).toEqual(german);
  });

  it('is null for a product the plan does not hold', () => {
    expect(renderStakeholderUpdate(file, { ...options, productId: 'gone' })).toBeNull();
  });
});

describe('a portfolio update', () => {
  it('counts products in play per stage, names KPIs off target, and leaves archived products out', () => {
    const portfolio = buildPlanFile({
      ...file,
      products: [
        ...file.products,
        makeProduct({ id: 'p-9', name: 'Paper Statements', stage: 'decline', archived: true }),
      ],
      kpiValues: file.kpiValues.map((v) => ({ ...v, value: 900 })),
    });
    const rendered = renderStakeholderUpdate(portfolio, { ...options, productId: null });
    expect(rendered?.title).toBe('Portfolio: portfolio update');
    expect(rendered?.markdown).toContain(
      '**Products in play:** Ideation 1 · Development 1 · Launch 0 · Growth 0 · Maturity 0 · Decline 0',
    );
    expect(rendered?.markdown).toContain(
      '**KPIs off target:** Receipt Scanner: Weekly active users',
    );
    expect(rendered?.markdown).toContain('## Team Budgets');
    expect(rendered?.markdown).not.toContain('Paper Statements');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeMarkdown, planToMarkdown } from '../../../shared/plan-file/export-markdown';
import { escapeInline } from '../../../shared/plan-file/markdown-text';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import {
  makeChecklistItem,
  makeCompetitor,
  makeBacklogItem,
  makeFullPlanFile,
  makeKpi,
  makeKpiValue,
  makeMilestone,
  makePersona,
  makePlanFile,
  makePlanRecord,
  makeProduct,
} from './factories';

const NOW = new Date('2026-03-03T12:00:00.000Z');
const TODAY = { today: '2026-03-03' };

describe('escapeMarkdown', () => {
  it.each([
    ['*bold*', '\\*bold\\*'],
    ['_under_', '\\_under\\_'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['`code`', '\\`code\\`'],
    ['a | b', 'a \\| b'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['&amp;', '\\&amp;'],
    ['$x$', '\\$x\\$'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['12) not a list', '12\\) not a list'],
    ['=== not a rule', '\\=== not a rule'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two lines'],
    ['B2B go-to-market, v1.2', 'B2B go-to-market, v1.2'],
  ])('%j shows literally', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });
});

describe('escapeInline', () => {
  it.each([
    ['2.5%', '2.5%'],
    ['- a | b', '- a \\| b'],
    ['<b>x</b>\ny', '\\<b\\>x\\</b\\> y'],
  ])('%j shows literally inside a line or table cell', (raw, escaped) => {
    expect(escapeInline(raw)).toBe(escaped);
  });
});

describe('planToMarkdown', () => {
  const file = buildPlanFile({
    ...makePlanFile(),
    plan: makePlanRecord({ name: 'Portfolio *2026*' }),
    products: [
      makeProduct(),
      makeProduct({
        id: 'p-2',
        name: '<b>Fax</b> Gateway',
        stage: 'decline',
        archived: true,
        summary: 'Retired.\n\n- not a list',
        tags: [],
        owner: '',
        stageHistory: [{ stage: 'decline', enteredAt: '2025-12-01T00:00:00.000Z' }],
      }),
    ],
    checklistItems: [
      makeChecklistItem(),
      makeChecklistItem({ id: 'c-2', done: false }),
      makeChecklistItem({ id: 'c-3', stage: 'ideation', done: false }),
    ],
    milestones: [
      makeMilestone({ id: 'm-2', title: 'GA', date: '2026-06-01' }),
      makeMilestone({ title: 'Beta *soon*', done: true }),
    ],
  });
  const markdown = planToMarkdown(file, NOW, TODAY);

  it('starts with the plan name, the day it is as of and the counts per stage', () => {
    expect(
      markdown.startsWith(
        '# Portfolio \\*2026\\*\n\n1 product in play, 1 archived. As of 2026-03-03.',
      ),
    ).toBe(true);
    expect(markdown).toContain('| Ideation | 0 |\n| Development | 1 |\n| Launch | 0 |');
  });

  it('lists each product under its stage with its key facts', () => {
    expect(markdown).toContain(
      [
        '## Development (1)',
        '',
        '### Receipt Scanner',
        '',
        '- Owner: Amara Okafor',
        '- Tags: mobile, AI',
        '- In Development for 30 days (since 2026-02-01)',
        '- Checklist for this stage: 1 of 2 done',
        '- Next milestones:',
        '  - 2026-06-01: GA (in 90 days)',
        '- Milestones done: 1 of 2',
        '',
        'Snap a receipt, get an expense.',
      ].join('\n'),
    );
  });

  it('lists archived products separately, with their markup shown literally', () => {
    const archived = markdown.slice(markdown.indexOf('## Archived (1)'));
    expect(archived).toContain('### \\<b\\>Fax\\</b\\> Gateway');
    expect(archived).toContain('- Archived, in Decline');
    expect(archived).toContain('Retired.\n\n\\- not a list');
    expect(markdown.indexOf('## Decline')).toBe(-1);
  });

  it('depends on the time only through "days in stage" and what is due', () => {
    const later = planToMarkdown(file, new Date('2026-03-13T12:00:00.000Z'), {
      today: '2026-03-13',
    });
    expect(later).toContain('- In Development for 40 days (since 2026-02-01)');
    expect(later).toContain('  - 2026-06-01: GA (in 80 days)');
    expect(planToMarkdown(file, NOW, TODAY)).toBe(markdown);
  });

  it('takes today as the local day of "now" unless told', () => {
    const local = new Date(2026, 2, 3, 12);
    expect(planToMarkdown(file, local)).toContain('As of 2026-03-03.');
  });

  it('ends with exactly one newline', () => {
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
  });
});

describe('planToMarkdown for team alignment', () => {
  /** The Receipt Scanner's section of the summary of `file`. */
  const sectionOf = (file: PlanFile, name = 'Receipt Scanner') => {
    const markdown = planToMarkdown(file, NOW, TODAY);
    const start = markdown.indexOf(`### ${name}`);
    const end = markdown.indexOf('\n### ', start + 1);
    return markdown.slice(start, end < 0 ? undefined : end);
  };
  const full = makeFullPlanFile();

  it('shows a product’s personas, competitors, backlog, KPIs and experiments', () => {
    expect(sectionOf(full)).toBe(
      [
        '### Receipt Scanner',
        '',
        '- Owner: Amara Okafor',
        '- Tags: mobile, AI',
        '- In Development for 30 days (since 2026-02-01)',
        '- Checklist for this stage: 1 of 1 done',
        '- Personas: Travelling consultant',
        '- Competitors: Expensify',
        '- Next milestones:',
        '  - 2026-04-01: Beta (in 29 days)',
        '- Milestones done: 0 of 1',
        '',
        'Snap a receipt, get an expense.',
        '',
        '#### Backlog (1 item)',
        '',
        '| Item | Status | MoSCoW | RICE score |',
        '| --- | --- | --- | ---: |',
        '| Scan multi-page receipts | Planned | Must have | 640 |',
        '',
        '#### KPIs (1)',
        '',
        '| KPI | Latest | Target | Status |',
        '| --- | ---: | --- | --- |',
        '| Weekly active users | 1,600 users on 2026-03-01 | at least 1,500 users | On track |',
        '',
        '#### Experiments (1)',
        '',
        '| Experiment | When | KPI | Hypothesis | Variants | Decision |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Referral month free | 2026-02-01 to 2026-02-28 | Weekly active users | Referred sign-ups double when referrers get a month free. | Control: 31 sign-ups; Month free: 68 sign-ups | Roll it out: Doubled, and churn held. |',
        '',
      ].join('\n'),
    );
  });

  it('lists the backlog in the team’s order, escaping markup and saying what is not scored', () => {
    const file = buildPlanFile({
      ...full,
      backlogItems: [
        makeBacklogItem({ id: 'f-a', rank: 'a2', title: 'Export | import', moscow: null }),
        makeBacklogItem({
          id: 'f-b',
          rank: 'a1',
          title: '*Bulk* edit',
          effort: null,
          status: 'wont-do',
        }),
      ],
      feedback: [],
    });
    expect(sectionOf(file)).toContain(
      [
        "| \\*Bulk\\* edit | Won't do | Must have | not scored |",
        '| Export \\| import | Planned | – | 640 |',
      ].join('\n'),
    );
  });

  it('judges each KPI on its latest reading, and never shows a value that is not a number', () => {
    const file = buildPlanFile({
      ...full,
      kpis: [
        makeKpi(),
        makeKpi({ id: 'k-2', name: 'Churn', unit: '%', target: 2, direction: 'lower' }),
        makeKpi({ id: 'k-3', name: 'NPS', unit: '', target: 40 }),
      ],
      kpiValues: [
        makeKpiValue({ id: 'kv-1', date: '2026-03-01', value: 1200 }),
        makeKpiValue({ id: 'kv-2', date: '2026-02-01', value: 1600 }),
        makeKpiValue({ id: 'kv-3', kpiId: 'k-2', date: '2026-03-01', value: 2.5 }),
        makeKpiValue({ id: 'kv-4', kpiId: 'k-3', value: Number.NaN }),
      ],
    });
    expect(sectionOf(file)).toContain(
      [
        '| KPI | Latest | Target | Status |',
        '| --- | ---: | --- | --- |',
        '| Churn | 2.5% on 2026-03-01 | at most 2% | Off track |',
        '| NPS | no values yet | at least 40 | No data |',
        '| Weekly active users | 1,200 users on 2026-03-01 | at least 1,500 users | Off track |',
      ].join('\n'),
    );
    expect(sectionOf(file)).not.toContain('NaN');
  });

  it('lists the next three open milestones, overdue ones first, and counts the rest', () => {
    const dates = ['2026-02-20', '2026-03-03', '2026-03-04', '2026-05-01', '2026-07-01'];
    const file = buildPlanFile({
      ...full,
      backlogItems: [],
      milestones: [
        ...dates.map((date, i) => makeMilestone({ id: `m-${i + 1}`, title: `M${i + 1}`, date })),
        makeMilestone({ id: 'm-9', title: 'Kick-off', date: '2026-01-05', done: true }),
      ],
    });
    expect(sectionOf(file)).toContain(
      [
        '- Next milestones:',
        '  - 2026-02-20: M1 (11 days overdue)',
        '  - 2026-03-03: M2 (due today)',
        '  - 2026-03-04: M3 (due tomorrow)',
        '  - and 2 more open milestones',
        '- Milestones done: 1 of 6',
      ].join('\n'),
    );
  });

  it('shows the decline decision with its rationale on one line', () => {
    const file = buildPlanFile({
      ...full,
      products: full.products.map((p) =>
        p.id === 'p-1'
          ? {
              ...p,
              decision: {
                choice: 'retire' as const,
                rationale: 'Usage fell *90%*.\n\nCustomers moved to Cards.',
                decidedOn: '2026-02-28',
              },
            }
          : p,
      ),
    });
    expect(sectionOf(file)).toContain(
      '- Decline decision: Retire, decided on 2026-02-28. Usage fell \\*90%\\*. Customers moved to Cards.',
    );
  });

  it('names personas and competitors by name, in name order, escaped', () => {
    const file = buildPlanFile({
      ...full,
      products: full.products.map((p) =>
        p.id === 'p-1' ? { ...p, personaIds: ['persona-1', 'persona-2'], competitorIds: [] } : p,
      ),
      personas: [makePersona(), makePersona({ id: 'persona-2', name: '<i>Accountant</i>' })],
      competitors: [makeCompetitor()],
    });
    const section = sectionOf(file);
    expect(section).toContain('- Personas: \\<i\\>Accountant\\</i\\>, Travelling consultant\n');
    expect(section).not.toContain('Competitors:');
  });

  it('gives the same text whatever order the records come in', () => {
    const reversed = {
      ...full,
      backlogItems: [...full.backlogItems].reverse(),
      kpiValues: [...full.kpiValues].reverse(),
      personas: [...full.personas].reverse(),
    };
    expect(planToMarkdown(reversed, NOW, TODAY)).toBe(planToMarkdown(full, NOW, TODAY));
  });
});

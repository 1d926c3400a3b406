import { describe, expect, it } from 'vitest';
import { escapeMarkdown, planToMarkdown } from '../../../shared/plan-file/export-markdown';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import {
  makeChecklistItem,
  makeMilestone,
  makePlanFile,
  makePlanRecord,
  makeProduct,
} from './factories';

const NOW = new Date('2026-03-03T12:00:00.000Z');

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
  const markdown = planToMarkdown(file, NOW);

  it('starts with the plan name and the counts per stage', () => {
    expect(markdown.startsWith('# Portfolio \\*2026\\*\n\n1 product in play, 1 archived.')).toBe(
      true,
    );
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
        '- Milestones:',
        '  - 2026-04-01: Beta \\*soon\\* (done)',
        '  - 2026-06-01: GA',
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

  it('depends on the time only through "days in stage"', () => {
    const later = planToMarkdown(file, new Date('2026-03-13T12:00:00.000Z'));
    expect(later).toContain('- In Development for 40 days (since 2026-02-01)');
    expect(planToMarkdown(file, NOW)).toBe(markdown);
  });

  it('ends with exactly one newline', () => {
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import {
  DEFAULT_TEMPLATES,
  MAX_TEMPLATE_ITEMS,
  STAGE_GUIDES,
  checkChecklistText,
  checklistForStage,
  checklistProgress,
  formatProgress,
  isDefaultTemplate,
  otherStagesWithItems,
  parseTemplateText,
  progressByProduct,
  stageChecklist,
  templateItems,
} from '../../../shared/domain/playbook';
import type { ChecklistItem } from '../../../shared/domain/product';
import { templateId, type StageTemplate } from '../../../shared/domain/workspace';

const NOW = new Date('2026-04-01T08:00:00.000Z');
const product = { id: 'p1', planId: 'plan1' };

function template(stage: Stage, items: string[]): StageTemplate {
  const at = NOW.toISOString();
  return {
    id: templateId('plan1', stage),
    planId: 'plan1',
    stage,
    items,
    createdAt: at,
    updatedAt: at,
  };
}

function item(overrides: Partial<ChecklistItem>): ChecklistItem {
  const at = NOW.toISOString();
  return {
    id: 'i',
    planId: 'plan1',
    productId: 'p1',
    stage: 'ideation',
    text: 'Item',
    done: false,
    rank: 'a0',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('stage guides and default templates', () => {
  it.each(STAGES)('%s has what it is about, 4 to 6 tips and a template', (stage) => {
    const guide = STAGE_GUIDES[stage];
    const sentences = guide.about.split(/(?<=[.!?])\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(guide.tips.length).toBeGreaterThanOrEqual(4);
    expect(guide.tips.length).toBeLessThanOrEqual(6);
    for (const tip of guide.tips) expect(tip.trim()).toBe(tip);
    expect(DEFAULT_TEMPLATES[stage].length).toBeGreaterThan(0);
    for (const text of DEFAULT_TEMPLATES[stage]) {
      expect(checkChecklistText(text)).toEqual({ ok: true, value: text });
    }
  });

  it('names Decline’s three ways out', () => {
    expect(STAGE_GUIDES.decline.about).toMatch(/rejuvenate.*retire.*pivot/);
  });
});

describe('templateItems', () => {
  const cases: { name: string; stage: Stage; stored?: StageTemplate; expected: string[] }[] = [
    { name: 'no edits: the default', stage: 'launch', expected: [...DEFAULT_TEMPLATES.launch] },
    {
      name: 'an edited template wins',
      stage: 'launch',
      stored: template('launch', ['Book the venue']),
      expected: ['Book the venue'],
    },
    {
      name: 'an emptied template gives no items',
      stage: 'growth',
      stored: template('growth', []),
      expected: [],
    },
    {
      name: 'another stage’s template is not used',
      stage: 'growth',
      stored: template('launch', ['Book the venue']),
      expected: [...DEFAULT_TEMPLATES.growth],
    },
  ];
  it.each(cases)('$name', ({ stage, stored, expected }) => {
    expect(templateItems(stage, stored)).toEqual(expected);
  });

  it('returns a copy the caller may change', () => {
    templateItems('ideation', undefined).push('x');
    expect(DEFAULT_TEMPLATES.ideation).not.toContain('x');
  });

  it('tells the default from an edited list', () => {
    expect(isDefaultTemplate('maturity', [...DEFAULT_TEMPLATES.maturity])).toBe(true);
    expect(isDefaultTemplate('maturity', DEFAULT_TEMPLATES.maturity.slice(1))).toBe(false);
  });
});

describe('parseTemplateText', () => {
  const cases = [
    { text: 'One\nTwo', expected: { ok: true, value: ['One', 'Two'] } },
    {
      text: '  One  \r\n\n\n   \nTwo   words ',
      expected: { ok: true, value: ['One', 'Two words'] },
    },
    { text: '', expected: { ok: true, value: [] } },
    { text: `ok\n${'x'.repeat(10_001)}`, expected: { ok: false } },
    {
      text: Array.from({ length: MAX_TEMPLATE_ITEMS + 1 }, (_, i) => `Item ${i}`).join('\n'),
      expected: { ok: false, message: `The template has 101 items; keep it to 100.` },
    },
  ];
  it.each(cases)('%#', ({ text, expected }) => {
    expect(parseTemplateText(text)).toMatchObject(expected);
  });

  it('names the line that is too long', () => {
    const result = parseTemplateText(`ok\n${'x'.repeat(10_001)}`);
    expect(!result.ok && result.message).toMatch(/^Line 2: /);
  });
});

describe('checklistForStage', () => {
  it('drafts the template’s items in order, unchecked, for the product and stage', () => {
    const items = checklistForStage(product, 'launch', ['A', 'B', 'C'], [], NOW, counter());
    expect(items.map((i) => [i.id, i.text, i.done, i.stage, i.productId, i.planId])).toEqual([
      ['id-1', 'A', false, 'launch', 'p1', 'plan1'],
      ['id-2', 'B', false, 'launch', 'p1', 'plan1'],
      ['id-3', 'C', false, 'launch', 'p1', 'plan1'],
    ]);
    expect(stageChecklist(items, 'launch').map((i) => i.text)).toEqual(['A', 'B', 'C']);
    expect(items[0]?.createdAt).toBe(NOW.toISOString());
  });

  const skips: { name: string; template: string[]; existing: ChecklistItem[]; count: number }[] = [
    { name: 'an empty template gives no items', template: [], existing: [], count: 0 },
    {
      name: 'a product back in a stage keeps the list it had',
      template: ['A'],
      existing: [item({ stage: 'launch', done: true })],
      count: 0,
    },
    {
      name: 'items of other stages do not count',
      template: ['A', 'B'],
      existing: [item({ stage: 'ideation' })],
      count: 2,
    },
    {
      name: 'items of other products do not count',
      template: ['A'],
      existing: [item({ stage: 'launch', productId: 'p2' })],
      count: 1,
    },
    { name: 'blank template lines are skipped', template: ['A', '  ', ''], existing: [], count: 1 },
  ];
  it.each(skips)('$name', ({ template: t, existing, count }) => {
    expect(checklistForStage(product, 'launch', t, existing, NOW, counter())).toHaveLength(count);
  });
});

describe('checklist progress', () => {
  const items = [
    item({ id: '1', stage: 'launch', done: true }),
    item({ id: '2', stage: 'launch', done: false }),
    item({ id: '3', stage: 'launch', done: true }),
    item({ id: '4', stage: 'ideation', done: true }),
  ];
  const cases: { stage: Stage; expected: { done: number; total: number } }[] = [
    { stage: 'launch', expected: { done: 2, total: 3 } },
    { stage: 'ideation', expected: { done: 1, total: 1 } },
    { stage: 'growth', expected: { done: 0, total: 0 } },
  ];
  it.each(cases)('$stage', ({ stage, expected }) => {
    expect(checklistProgress(items, stage)).toEqual(expected);
  });

  it('reads as "3 of 5 done"', () => {
    expect(formatProgress({ done: 3, total: 5 })).toBe('3 of 5 done');
  });

  it('counts each product’s current stage only, for the board', () => {
    const progress = progressByProduct(
      [
        { id: 'p1', stage: 'launch' },
        { id: 'p2', stage: 'growth' },
      ],
      [...items, item({ id: '5', productId: 'p2', stage: 'launch', done: true })],
    );
    expect(progress.get('p1')).toEqual({ done: 2, total: 3 });
    expect(progress.get('p2')).toBeUndefined();
  });

  it('lists other stages with items in lifecycle order', () => {
    expect(otherStagesWithItems(items, 'growth')).toEqual(['ideation', 'launch']);
    expect(otherStagesWithItems(items, 'launch')).toEqual(['ideation']);
  });
});

describe('checkChecklistText', () => {
  it.each([
    ['  Call   Ada ', { ok: true, value: 'Call Ada' }],
    ['   ', { ok: false, message: 'Write what needs doing.' }],
  ])('%j', (raw, expected) => {
    expect(checkChecklistText(raw)).toEqual(expected);
  });
});

import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { planToHtml, HTML_EXPORT_CSP } from '../../../shared/plan-file/export-html';
import { anchorId, escapeHtml, formatDay } from '../../../shared/plan-file/html-text';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import type {
  BacklogItem,
  Feedback,
  Kpi,
  KpiValue,
  Release,
} from '../../../shared/domain/workspace';
import {
  PLAN_ID,
  T0,
  makeChecklistItem,
  makeExperiment,
  makeMilestone,
  makePlanFile,
  makePlanRecord,
  makeProduct,
} from './factories';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const OPTIONS = { generatedOn: '2026-03-03' };
const base = { planId: PLAN_ID, createdAt: T0, updatedAt: T0 };

const backlogItem = (overrides: Partial<BacklogItem> = {}): BacklogItem => ({
  ...base,
  id: 'f-1',
  productId: 'p-1',
  title: 'Snap and categorise',
  description: '',
  status: 'planned',
  moscow: 'must',
  reach: 4000,
  impact: 3,
  confidence: 80,
  effort: 4,
  rank: 'a0',
  horizon: null,
  milestoneId: null,
  releaseId: null,
  shippedOn: null,
  ...overrides,
});
const feedback = (overrides: Partial<Feedback> = {}): Feedback => ({
  ...base,
  id: 'fb-1',
  productId: 'p-1',
  source: 'interview',
  customer: 'Ana at Lumen Ltd',
  quote: 'I keep losing paper receipts.',
  date: '2026-02-20',
  sentiment: 'negative',
  backlogItemId: 'f-1',
  notifiedAt: null,
  ...overrides,
});
const kpi = (overrides: Partial<Kpi> = {}): Kpi => ({
  ...base,
  id: 'k-1',
  productId: 'p-1',
  name: 'Weekly active users',
  unit: 'users',
  target: 1500,
  direction: 'higher',
  ...overrides,
});
const kpiValue = (overrides: Partial<KpiValue> = {}): KpiValue => ({
  ...base,
  id: 'kv-1',
  kpiId: 'k-1',
  productId: 'p-1',
  date: '2026-02-01',
  value: 1200,
  ...overrides,
});
const release = (overrides: Partial<Release> = {}): Release => ({
  ...base,
  id: 'r-1',
  productId: 'p-1',
  version: '1.2',
  date: '2026-02-10',
  notes: 'Faster scanning.',
  ...overrides,
});

function fullPlan(names: { plan?: string; product?: string; text?: string } = {}): PlanFile {
  const text = names.text ?? 'Plain words';
  return buildPlanFile({
    ...makePlanFile(),
    plan: makePlanRecord({ name: names.plan ?? 'Portfolio 2026' }),
    products: [
      makeProduct({
        name: names.product ?? 'Receipt Scanner',
        owner: text,
        tags: [text, 'mobile'],
        summary: `${text}\n\nSecond paragraph.`,
        personaIds: ['pe-1'],
        competitorIds: ['co-1'],
        plannedStages: [{ stage: 'launch', plannedOn: '2026-06-01' }],
        vision: text,
        targetCustomer: text,
        problem: 'Receipts get lost.',
        strategy: text,
        strategyStage: 'development',
      }),
      makeProduct({ id: 'p-2', name: 'Team Budgets', stage: 'ideation', rank: 'a1' }),
      makeProduct({
        id: 'p-3',
        name: 'Paper Statements',
        stage: 'decline',
        archived: true,
        decision: { choice: 'retire', rationale: text, decidedOn: '2025-11-01' },
      }),
    ],
    checklistItems: [makeChecklistItem({ text }), makeChecklistItem({ id: 'c-2', done: false })],
    milestones: [makeMilestone({ title: text }), makeMilestone({ id: 'm-2', date: '2026-01-01' })],
    backlogItems: [
      backlogItem({ title: text }),
      backlogItem({ id: 'f-2', rank: 'a1', reach: null, moscow: null, releaseId: 'r-1' }),
    ],
    feedback: [feedback({ quote: text, customer: text })],
    kpis: [kpi({ name: text, unit: 'users' })],
    kpiValues: [kpiValue(), kpiValue({ id: 'kv-2', date: '2026-03-01', value: 1600 })],
    releases: [release({ version: text, notes: text })],
    experiments: [
      makeExperiment({
        title: text,
        hypothesis: text,
        variants: [{ name: text, result: text }],
        rationale: text,
      }),
    ],
    personas: [{ ...base, id: 'pe-1', name: text, notes: text }],
    competitors: [{ ...base, id: 'co-1', name: 'Ledgerly', notes: '' }],
    deletions: [],
  });
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
  if ('content' in node && node.tagName === 'template') walk(node.content as Node, visit);
}

function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  walk(parse(html), (element) => found.push(element));
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textOf).join('');
}

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["it's & that", 'it&#39;s &amp; that'],
    ['&amp;', '&amp;amp;'],
    ['bell\u0007 nul\u0000', 'bell\uFFFD nul\uFFFD'],
    ['שלום 🚀 tab\tline\n', 'שלום 🚀 tab\tline\n'],
  ])('%j', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});

describe('html helpers', () => {
  it('makes anchors that are unique and need no encoding', () => {
    expect(anchorId('product', 'a1b2-c3')).toBe('product-a1b2-c3');
    expect(anchorId('product', 'a b')).not.toBe(anchorId('product', 'a_b'));
    expect(anchorId('product', '"><x')).toMatch(/^product-[A-Za-z0-9_-]+$/);
  });

  it('writes dates the same on every machine, and leaves non-dates as they are', () => {
    expect(formatDay('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDay('2026-12-31')).toBe('31 Dec 2026');
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('planToHtml', () => {
  it('is one inert document: strict CSP, no script, nothing that loads', () => {
    const html = planToHtml(fullPlan(), OPTIONS);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">`,
    );
    expect(HTML_EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toContain('//');
    expect(html).not.toMatch(/url\(|@import|@font-face/i);
    const elements = elementsOf(html);
    const tags = new Set(elements.map((e) => e.tagName));
    for (const tag of ['script', 'img', 'link', 'iframe', 'object', 'embed', 'form', 'base']) {
      expect(tags.has(tag), tag).toBe(false);
    }
    for (const element of elements) {
      for (const attr of element.attrs) {
        expect(attr.name, `${element.tagName} ${attr.name}`).not.toMatch(/^(on|src$|srcset$)/);
        if (attr.name === 'href') expect(attr.value).toMatch(/^#[A-Za-z0-9_-]+$/);
      }
    }
  });

  it('every in-page link leads to an element of the page', () => {
    const elements = elementsOf(planToHtml(fullPlan(), OPTIONS));
    const ids = new Set(
      elements.flatMap((e) => e.attrs.filter((a) => a.name === 'id').map((a) => a.value)),
    );
    const targets = elements.flatMap((e) =>
      e.attrs.filter((a) => a.name === 'href').map((a) => a.value.slice(1)),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(ids.has(target), target).toBe(true);
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an attribute break-out', '"><img src=x onerror=alert(1)>'],
    ['a single-quote break-out', "' onmouseover='alert(1)"],
    ['right-to-left text', 'מעקב קבלות ‮evil'],
    ['emoji', 'Receipts 🧾✨ 👩🏽‍💻'],
    ['an entity', '&lt;b&gt; &amp;'],
  ])('shows %s literally wherever a user typed it', (_label, hostile) => {
    const html = planToHtml(fullPlan({ plan: hostile, product: hostile, text: hostile }), OPTIONS);
    const elements = elementsOf(html);
    expect(elements.some((e) => e.tagName === 'script' || e.tagName === 'img')).toBe(false);
    expect(
      elements.flatMap((e) => e.attrs.map((a) => a.name)).filter((n) => n.startsWith('on')),
    ).toEqual([]);
    const text = textOf(parse(html));
    // Plan name, product name, owner, tag, summary, checklist, backlog, feedback quote and
    // customer, KPI, milestone, release version and notes, persona, decision rationale,
    // vision, target customer and strategy, and an experiment's every text.
    expect(text.split(hostile).length - 1).toBeGreaterThanOrEqual(24);
  });

  it('holds every product, archived ones in their own section at the end', () => {
    const html = planToHtml(fullPlan(), OPTIONS);
    for (const name of ['Receipt Scanner', 'Team Budgets', 'Paper Statements']) {
      expect(html).toContain(`>${name}</h3>`);
    }
    const archivedAt = html.indexOf('<h2 id="archived">');
    expect(archivedAt).toBeGreaterThan(html.indexOf('>Receipt Scanner</h3>'));
    expect(html.indexOf('>Paper Statements</h3>')).toBeGreaterThan(archivedAt);
    // The board lists active products only, each linking to its section.
    expect(html).toContain('<a href="#product-p-2">Team Budgets</a>');
    expect(html).not.toContain('<a href="#product-p-3">');
  });

  it('shows the board, the facts and the records behind each card', () => {
    const html = planToHtml(fullPlan(), OPTIONS);
    for (const stage of ['Ideation', 'Development', 'Launch', 'Growth', 'Maturity', 'Decline']) {
      expect(html).toContain(`<h3>${stage} <span class="count">`);
    }
    expect(html).toContain('generated on <time datetime="2026-03-03">3 Mar 2026</time>');
    // RICE: 4000 × 3 × 80% ÷ 4 = 2,400; an item missing an input is "Not scored".
    expect(html).toContain('<td>2,400</td>');
    expect(html).toContain('Not scored');
    expect(html).toContain('<td>Must have</td>');
    // KPI: the latest value (1,600 on 1 Mar) against "at least 1,500 users" is on track.
    expect(html).toContain('1,600 users');
    expect(html).toContain('at least 1,500 users');
    expect(html).toContain('status-on-track">On track');
    // Milestones: 1 Jan is overdue on 3 Mar; 1 Apr is still open.
    expect(html).toContain('status-off-track">Overdue');
    expect(html).toContain('Checklist for Development <span class="count">1 of 2 done');
    expect(html).toContain('<strong>Retire</strong>, decided on');
    expect(html).toContain('Ledgerly');
    expect(html).toContain('planned for <time datetime="2026-06-01">');
    expect(html).toContain(
      '<strong>Development</strong> from <time datetime="2026-02-01">1 Feb 2026</time> · 30 days so far</span>',
    );
  });

  it('never shows a stored value that is not a number', () => {
    const file = fullPlan();
    file.kpiValues = [kpiValue({ value: Number.NaN }), kpiValue({ id: 'kv-2', value: Infinity })];
    const html = planToHtml(file, OPTIONS);
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).toContain('No values yet');
  });

  it('gives the same bytes for the same file and date, whatever the order of its records', () => {
    const file = fullPlan();
    const shuffled = {
      ...file,
      products: [...file.products].reverse(),
      backlogItems: [...file.backlogItems].reverse(),
      kpiValues: [...file.kpiValues].reverse(),
      milestones: [...file.milestones].reverse(),
    };
    const html = planToHtml(file, OPTIONS);
    expect(planToHtml(file, OPTIONS)).toBe(html);
    expect(planToHtml(shuffled, OPTIONS)).toBe(html);
    expect(planToHtml(file, { generatedOn: '2026-03-04' })).not.toBe(html);
  });

  it('makes a page for an empty plan too', () => {
    const html = planToHtml(
      buildPlanFile({ ...makePlanFile(), products: [], checklistItems: [], milestones: [] }),
      OPTIONS,
    );
    expect(html).toContain('0 products in play');
    expect(html.match(/No products/g)).toHaveLength(6);
    expect(html).not.toContain('id="products"');
  });
});

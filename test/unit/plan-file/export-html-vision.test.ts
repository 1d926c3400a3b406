/**
 * A product's vision, strategy and experiments on the web-page export, and the page made for
 * a region: dates and numbers as it writes them, the same bytes every time.
 */
import { expect, it } from 'vitest';
import { planToHtml } from '../../../shared/plan-file/export-html';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import { makeFullPlanFile } from './factories';

const OPTIONS = { generatedOn: '2026-03-03' };
const full = makeFullPlanFile();
const file = buildPlanFile({
  ...full,
  products: full.products.map((p) =>
    p.id === 'p-1'
      ? {
          ...p,
          vision: 'Receipts that file themselves.',
          strategy: 'Win the pilot.',
          strategyStage: 'development' as const,
        }
      : p,
  ),
});

it('shows the vision and strategy and the experiments log', () => {
  const html = planToHtml(file, OPTIONS);
  expect(html).toContain('<p class="vision" dir="auto">Receipts that file themselves.</p>');
  expect(html).toContain('<dt>Strategy for Development</dt>');
  expect(html).toContain('<h4>Experiments <span class="count">1 experiment</span></h4>');
  expect(html).toContain(
    '<time datetime="2026-02-01">1 Feb 2026</time> to <time datetime="2026-02-28">28 Feb 2026</time>',
  );
});

it('writes dates and numbers as the chosen region does, the same bytes every time', () => {
  const german = planToHtml(file, { ...OPTIONS, locale: 'de-DE' });
  expect(german).toContain('<time datetime="2026-02-01">01.02.2026</time>');
  expect(german).toContain('1.600 users');
  expect(planToHtml(file, { ...OPTIONS, locale: 'de-DE' })).toBe(german);
});

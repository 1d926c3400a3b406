/**
 * A product's vision, strategy and experiments in the Markdown summary, and the summary made
 * for a region: numbers and dates written as it writes them, the same text every time.
 */
import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../../shared/plan-file/export-markdown';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';
import { makeFullPlanFile } from './factories';

const NOW = new Date('2026-03-03T12:00:00.000Z');
const TODAY = { today: '2026-03-03' };

describe('the Markdown summary’s vision, experiments and region', () => {
  /** The Receipt Scanner's section of the summary of `file`. */
  const sectionOf = (file: PlanFile, name = 'Receipt Scanner') => {
    const markdown = planToMarkdown(file, NOW, TODAY);
    const start = markdown.indexOf(`### ${name}`);
    const end = markdown.indexOf('\n### ', start + 1);
    return markdown.slice(start, end < 0 ? undefined : end);
  };
  const full = makeFullPlanFile();

  it('opens a product with its vision and strategy, escaped like every text', () => {
    const file = buildPlanFile({
      ...full,
      products: full.products.map((p) =>
        p.id === 'p-1'
          ? {
              ...p,
              vision: '- Receipts *vanish*',
              targetCustomer: 'Consultants\nwho travel',
              problem: '',
              strategy: 'Win | the pilot',
              strategyStage: 'ideation' as const,
            }
          : p,
      ),
    });
    const section = sectionOf(file);
    expect(section).toContain(
      [
        '- In Development for 30 days (since 2026-02-01)',
        '- Vision: \\- Receipts \\*vanish\\*',
        '- Target customer: Consultants who travel',
        '- Strategy for Ideation: Win \\| the pilot',
      ].join('\n'),
    );
    expect(section).not.toContain('Problem');
  });

  it('writes numbers and dates the way the chosen region does', () => {
    const markdown = planToMarkdown(full, NOW, { ...TODAY, locale: 'de-DE' });
    expect(markdown).toContain('As of 03.03.2026.');
    expect(markdown).toContain('- In Development for 30 days (since 01.02.2026)');
    expect(markdown).toContain('| Weekly active users | 1.600 users on 01.03.2026 |');
    expect(markdown).toContain('| Referral month free | 01.02.2026 to 28.02.2026 |');
    // Made for a region or not, the same plan on the same day gives the same text.
    expect(planToMarkdown(full, NOW, { ...TODAY, locale: 'de-DE' })).toBe(markdown);
    expect(planToMarkdown(full, NOW, TODAY)).toContain('1,600 users on 2026-03-01');
  });
});

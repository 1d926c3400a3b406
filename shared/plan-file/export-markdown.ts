/**
 * A Markdown summary of a plan for people without the app, to align a team: counts per
 * stage, then each stage's products with their key facts, personas and competitors, next
 * milestones, decline decision, backlog and KPIs (./export-markdown-product.ts), archived
 * products last. Everything a user typed is escaped, so a product called `*bold*` or
 * `<script>` shows those characters literally in any Markdown viewer. "Days in stage" and
 * what is due depend on when the summary is made, so the caller passes `now` (and may pass
 * today's calendar date; by default the day `now` falls on where the app runs); the rest is
 * deterministic.
 */
import { localCalendarDate } from '../domain/calendar';
import { STAGES, STAGE_LABELS, type Stage } from '../domain/lifecycle';
import type { Product } from '../domain/product';
import { productsInBoardOrder } from './export-csv';
import { productSection, summaryContext } from './export-markdown-product';
import { escapeMarkdown, markdownTable, mdDay, plural } from './markdown-text';
import { formatCount, withExportRegion } from '../domain/region';
import type { PlanFile } from './types';

export { escapeMarkdown } from './markdown-text';

export interface MarkdownOptions {
  /** Today as YYYY-MM-DD, for milestones due; the local day of `now` unless given. */
  today?: string;
  /** Write numbers and dates as this region does (the user's setting); see withExportRegion. */
  locale?: string;
}

function stageTable(active: readonly Product[]): string[] {
  const rows = STAGES.map((stage) => [
    STAGE_LABELS[stage],
    String(active.filter((p) => p.stage === stage).length),
  ]);
  return [...markdownTable(['Stage', 'Products'], ['left', 'right'], rows), ''];
}

export function planToMarkdown(file: PlanFile, now: Date, options: MarkdownOptions = {}): string {
  return withExportRegion(options.locale, () => markdownOf(file, now, options));
}

function markdownOf(file: PlanFile, now: Date, options: MarkdownOptions): string {
  const today = options.today ?? localCalendarDate(now);
  const context = summaryContext(file, now, today);
  const products = productsInBoardOrder(file.products);
  const active = products.filter((p) => !p.archived);
  const archived = products.filter((p) => p.archived);
  const lines = [
    `# ${escapeMarkdown(file.plan.name)}`,
    '',
    `${plural(active.length, 'product')} in play` +
      (archived.length > 0 ? `, ${formatCount(archived.length)} archived` : '') +
      `. As of ${mdDay(today)}.`,
    '',
    ...stageTable(active),
  ];
  for (const stage of STAGES as readonly Stage[]) {
    const inStage = active.filter((p) => p.stage === stage);
    if (inStage.length === 0) continue;
    lines.push(`## ${STAGE_LABELS[stage]} (${inStage.length})`, '');
    for (const product of inStage) lines.push(...productSection(product, context));
  }
  if (archived.length > 0) {
    lines.push(`## Archived (${archived.length})`, '');
    for (const product of archived) lines.push(...productSection(product, context));
  }
  // Sections that came out empty would leave runs of blank lines; one is enough.
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n');
  return `${text.trimEnd()}\n`;
}

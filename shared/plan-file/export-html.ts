/**
 * The whole plan as one read-only web page for people without the app: open it in any browser,
 * offline, and read the board and everything behind each card.
 *
 * The page is self-contained and inert: one inline stylesheet, no script, nothing loaded from
 * anywhere (no fonts, images or links out), and a Content-Security-Policy that forbids all of
 * it even if a future change slipped. Links are in-page anchors only. Every string from the
 * plan is escaped (see html-text.ts). Given the same file and `generatedOn` date the bytes are
 * the same, so a re-export that changed nothing shows no difference.
 */
import { STAGES, STAGE_LABELS } from '../domain/lifecycle';
import { productsInBoardOrder } from './export-csv';
import { HTML_EXPORT_STYLE } from './export-html-style';
import { productSection } from './export-html-product';
import { anchorId, bdi, escapeHtml, plural, timeElement } from './html-text';
import { productRecords } from './product-facts';
import type { PlanFile } from './types';
import { formatCount, withExportRegion } from '../domain/region';

export interface HtmlExportOptions {
  /** The calendar day the page is made (YYYY-MM-DD): shown, and "today" for overdue and days. */
  generatedOn: string;
  /** Write numbers and dates as this region does (the user's setting); see withExportRegion. */
  locale?: string;
}

/** Nothing may load and nothing may run; inline styles are the only thing allowed. */
export const HTML_EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function boardSummary(file: PlanFile): string {
  const active = productsInBoardOrder(file.products).filter((p) => !p.archived);
  const columns = STAGES.map((stage) => {
    const inStage = active.filter((p) => p.stage === stage);
    const items =
      inStage.length === 0
        ? '<p class="empty">No products</p>'
        : `<ol>\n${inStage
            .map(
              (p) =>
                `<li dir="auto"><a href="#${anchorId('product', p.id)}">${escapeHtml(p.name)}</a></li>`,
            )
            .join('\n')}\n</ol>`;
    return `<section class="stage" data-stage="${stage}" aria-label="${STAGE_LABELS[stage]}">\n<h3>${STAGE_LABELS[stage]} <span class="count">${inStage.length}</span></h3>\n${items}\n</section>`;
  });
  return `<section aria-labelledby="board">\n<h2 id="board">Board</h2>\n<div class="board-grid">\n${columns.join('\n')}\n</div>\n</section>`;
}

export function planToHtml(file: PlanFile, options: HtmlExportOptions): string {
  return withExportRegion(options.locale, () => htmlOf(file, options.generatedOn));
}

function htmlOf(file: PlanFile, generatedOn: string): string {
  const records = productRecords(file);
  const products = productsInBoardOrder(file.products);
  const active = products.filter((p) => !p.archived);
  const archived = products.filter((p) => p.archived);
  const sections = (list: typeof products) =>
    list.map((p) => productSection(p, records, generatedOn)).join('\n');
  const counts =
    `${plural(active.length, 'product')} in play` +
    (archived.length > 0 ? `, ${formatCount(archived.length)} archived` : '');

  const body = [
    '<header class="doc-header">',
    '<p class="eyebrow">Lifecycle plan</p>',
    `<h1 dir="auto">${escapeHtml(file.plan.name)}</h1>`,
    `<p class="doc-meta">${counts} · generated on ${timeElement(generatedOn)}</p>`,
    '</header>',
    '<main>',
    boardSummary(file),
    active.length === 0
      ? ''
      : `<section aria-labelledby="products">\n<h2 id="products">Products</h2>\n${sections(active)}\n</section>`,
    archived.length === 0
      ? ''
      : `<section aria-labelledby="archived">\n<h2 id="archived">Archived products</h2>\n${sections(archived)}\n</section>`,
    '</main>',
    `<footer class="doc-footer">A read-only copy of the plan ${bdi(file.plan.name)}, made with Lifecycle Planner on ${timeElement(generatedOn)}.</footer>`,
  ].filter((part) => part !== '');

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Lifecycle Planner">',
    `<title>${escapeHtml(file.plan.name)} · Lifecycle plan</title>`,
    `<style>${HTML_EXPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A stakeholder update (./stakeholder-update.ts) as Markdown and as HTML: the HTML is a plain
 * fragment of headings, paragraphs and lists that pastes into an email or a document as
 * formatted text, and `updateHtmlDocument` wraps it as a page of its own, inert like the
 * web-page export. Everything a user typed is escaped. Numbers and dates follow `locale`.
 */
import { formatCalendarDate } from '../domain/calendar';
import { withExportRegion } from '../domain/region';
import { HTML_EXPORT_CSP } from './export-html';
import { escapeHtml } from './html-text';
import { escapeInline, escapeMarkdown, plural } from './markdown-text';
import {
  stakeholderUpdate,
  type ProductUpdate,
  type StakeholderUpdate,
  type UpdateOptions,
} from './stakeholder-update';

export interface RenderedUpdate {
  title: string;
  markdown: string;
  html: string;
}

const day = (date: string) => formatCalendarDate(date, { dateStyle: 'medium' });

/** The lines of each part, as [heading, items] with items already escaped by `esc`. */
function parts(product: ProductUpdate, esc: (text: string) => string): [string, string[]][] {
  const kpis = product.kpis.map(
    (k) =>
      `${esc(k.name)}: ${k.latest === null ? 'no value yet' : esc(k.latest)}, target ${esc(k.target)} — ${k.statusLabel}`,
  );
  const shipped = [
    ...product.shipped.map((s) => `${esc(s.title)} (${day(s.on)})`),
    ...product.releases.map(
      (r) => `Release ${esc(r.version)} (${day(r.on)})${r.notes === '' ? '' : `: ${esc(r.notes)}`}`,
    ),
  ];
  const milestones = product.milestones.map(
    (m) => `${day(m.date)}: ${esc(m.title)} (${m.due.toLocaleLowerCase('en')})`,
  );
  const decisions = product.decisions.map(
    (d) =>
      `${esc(d.what)}: ${d.decision}${d.on === null ? '' : ` (${day(d.on)})`}${d.rationale === '' ? '' : `. ${esc(d.rationale)}`}`,
  );
  const running = product.running.map((r) => `${esc(r.title)}, since ${day(r.since)}`);
  return [
    ['KPIs against targets', kpis.length > 0 ? kpis : ['No KPIs yet.']],
    ['Shipped', shipped.length > 0 ? shipped : ['Nothing shipped in this period.']],
    ['Next milestones', milestones.length > 0 ? milestones : ['No open milestones.']],
    ['Decisions', decisions.length > 0 ? decisions : ['No decisions in this period.']],
    ...(running.length > 0 ? [['Experiments running', running] as [string, string[]]] : []),
  ];
}

const stageLine = (p: ProductUpdate) =>
  `${p.stageLabel} for ${plural(p.days, 'day')} (since ${day(p.since)})`;

function offTarget(update: StakeholderUpdate): string[] {
  return update.products.flatMap((p) =>
    p.kpis.filter((k) => k.status === 'off-track').map((k) => `${p.name}: ${k.name}`),
  );
}

function toMarkdown(update: StakeholderUpdate): string {
  const lines = [
    `# ${escapeMarkdown(update.title)}`,
    '',
    `${update.periodLabel}: ${day(update.from)} to ${day(update.to)}.`,
    '',
  ];
  if (update.portfolio) {
    const counts = update.portfolio.map((s) => `${s.label} ${s.count}`).join(' · ');
    lines.push(`**Products in play:** ${counts}`, '');
    const off = offTarget(update);
    lines.push(
      `**KPIs off target:** ${off.length === 0 ? 'none' : off.map(escapeInline).join('; ')}`,
      '',
    );
  }
  for (const product of update.products) {
    lines.push(`## ${escapeMarkdown(product.name)}`, '', stageLine(product), '');
    if (product.vision !== '') lines.push(`> ${escapeInline(product.vision)}`, '');
    if (product.strategy !== '') {
      lines.push(`**Strategy:** ${escapeInline(product.strategy)}`, '');
    }
    for (const [heading, items] of parts(product, escapeInline)) {
      lines.push(`**${heading}**`, '', ...items.map((item) => `- ${item}`), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function toHtml(update: StakeholderUpdate): string {
  const out = [
    `<h1>${escapeHtml(update.title)}</h1>`,
    `<p>${update.periodLabel}: ${day(update.from)} to ${day(update.to)}.</p>`,
  ];
  if (update.portfolio) {
    const counts = update.portfolio.map((s) => `${s.label} ${s.count}`).join(' · ');
    const off = offTarget(update);
    out.push(
      `<p><strong>Products in play:</strong> ${counts}</p>`,
      `<p><strong>KPIs off target:</strong> ${off.length === 0 ? 'none' : off.map(escapeHtml).join('; ')}</p>`,
    );
  }
  for (const product of update.products) {
    out.push(`<h2>${escapeHtml(product.name)}</h2>`, `<p>${stageLine(product)}</p>`);
    if (product.vision !== '') out.push(`<blockquote>${escapeHtml(product.vision)}</blockquote>`);
    if (product.strategy !== '') {
      out.push(`<p><strong>Strategy:</strong> ${escapeHtml(product.strategy)}</p>`);
    }
    for (const [heading, items] of parts(product, escapeHtml)) {
      out.push(
        `<h3>${heading}</h3>`,
        `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** The update as Markdown and HTML, or null when the product asked for is not in the plan. */
export function renderStakeholderUpdate(
  file: Parameters<typeof stakeholderUpdate>[0],
  options: UpdateOptions & { locale?: string },
): RenderedUpdate | null {
  // The region is needed for the facts too (KPI values are written as the update is built).
  return withExportRegion(options.locale ?? 'en-US', () => {
    const update = stakeholderUpdate(file, options);
    if (!update) return null;
    return { title: update.title, markdown: toMarkdown(update), html: toHtml(update) };
  });
}

/** The HTML as a page of its own, for "Save as HTML": inert, nothing loaded, nothing run. */
export function updateHtmlDocument(rendered: RenderedUpdate): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(rendered.title)}</title>`,
    '<style>body{max-width:46rem;margin:2rem auto;padding:0 1rem;font:15px/1.5 system-ui,sans-serif}blockquote{margin:0 0 1em;padding-left:1em;border-left:3px solid #888;font-style:italic}</style>',
    '</head>',
    '<body>',
    rendered.html.trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

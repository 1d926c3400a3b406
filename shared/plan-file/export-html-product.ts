/**
 * One product's part of the web-page export: its card facts, stage timeline, people, current
 * checklist, backlog, feedback, KPIs, milestones, decision and releases. Sections with nothing
 * in them are left out, so a reader only meets what the plan holds.
 */
import { STAGE_LABELS } from '../domain/lifecycle';
import { KPI_STATUS_LABELS, describeTarget, formatKpiValue } from '../domain/kpi';
import { isOverdue, sortMilestones } from '../domain/milestones';
import { sortByRank } from '../domain/moves';
import type { ChecklistItem, Milestone, Product } from '../domain/product';
import { formatScore, riceScore } from '../domain/rice';
import {
  DECLINE_CHOICE_LABELS,
  BACKLOG_STATUS_LABELS,
  FEEDBACK_SOURCE_LABELS,
  MOSCOW_LABELS,
  type Competitor,
  type BacklogItem,
  type Feedback,
  type Kpi,
  type KpiValue,
  type Persona,
  type Release,
} from '../domain/workspace';
import {
  anchorId,
  bdi,
  byDateThenId,
  daysFromTo,
  escapeHtml,
  paragraphs,
  plural,
  table,
  timeElement,
} from './html-text';
import { kpiStanding, type ProductRecords } from './product-facts';
import { experimentsPart, visionPart } from './export-vision';

const NONE = '<span class="muted">–</span>';

function subsection(title: string, body: string): string {
  return `<section class="part">\n<h4>${title}</h4>\n${body}\n</section>`;
}

function facts(product: Product): string {
  const owner =
    product.owner.trim() === '' ? '<span class="muted">No owner</span>' : bdi(product.owner);
  const tags =
    product.tags.length === 0
      ? '<span class="muted">None</span>'
      : `<span class="tags">${product.tags.map((t) => `<span class="tag">${bdi(t)}</span>`).join(' ')}</span>`;
  return [
    '<dl class="facts">',
    `<div><dt>Stage</dt><dd><span class="stage-badge" data-stage="${product.stage}">${STAGE_LABELS[product.stage]}</span>${product.archived ? ' <span class="archived">Archived</span>' : ''}</dd></div>`,
    `<div><dt>Owner</dt><dd>${owner}</dd></div>`,
    `<div><dt>Tags</dt><dd>${tags}</dd></div>`,
    '</dl>',
  ].join('\n');
}

/** Each stage entered with its date and how long the product stayed; planned stages after. */
function stageTimeline(product: Product, generatedOn: string): string {
  const history = product.stageHistory;
  if (history.length === 0 && product.plannedStages.length === 0) return '';
  const rows = history.map((entry, i) => {
    const start = entry.enteredAt.slice(0, 10);
    const next = history[i + 1];
    const end = next ? next.enteredAt.slice(0, 10) : generatedOn;
    const days = Math.max(0, daysFromTo(start, end) ?? 0);
    return { stage: entry.stage, start, days, current: next === undefined };
  });
  const bar = rows
    .map(
      (row) =>
        `<span class="segment" data-stage="${row.stage}" style="flex-grow:${Math.max(row.days, 1)}"></span>`,
    )
    .join('');
  const items = rows.map(
    (row) =>
      `<li data-stage="${row.stage}"><span class="dot"></span><span><strong>${STAGE_LABELS[row.stage]}</strong> from ${timeElement(row.start)} · ${plural(row.days, 'day')}${row.current ? ' so far' : ''}</span></li>`,
  );
  const planned = [...product.plannedStages]
    .sort((a, b) => (a.plannedOn < b.plannedOn ? -1 : a.plannedOn > b.plannedOn ? 1 : 0))
    .map(
      (entry) =>
        `<li data-stage="${entry.stage}" class="planned"><span class="dot"></span><span><strong>${STAGE_LABELS[entry.stage]}</strong> planned for ${timeElement(entry.plannedOn)}</span></li>`,
    );
  return subsection(
    'Stage timeline',
    `${rows.length > 0 ? `<div class="stage-bar" aria-hidden="true">${bar}</div>` : ''}\n<ol class="timeline">\n${[...items, ...planned].join('\n')}\n</ol>`,
  );
}

function people(product: Product, records: ProductRecords): string {
  const list = (ids: readonly string[], from: Map<string, Persona | Competitor>) =>
    ids
      .map((id) => from.get(id))
      .filter((person) => person !== undefined)
      .map(
        (person) =>
          `<li><strong dir="auto">${escapeHtml(person.name)}</strong>${person.notes.trim() === '' ? '' : `\n${paragraphs(person.notes, 'note')}`}</li>`,
      );
  const personas = list(product.personaIds, records.personas);
  const competitors = list(product.competitorIds, records.competitors);
  const parts: string[] = [];
  if (personas.length > 0)
    parts.push(`<h5>Personas</h5>\n<ul class="people">\n${personas.join('\n')}\n</ul>`);
  if (competitors.length > 0) {
    parts.push(`<h5>Competitors</h5>\n<ul class="people">\n${competitors.join('\n')}\n</ul>`);
  }
  return parts.length === 0 ? '' : subsection('Personas and competitors', parts.join('\n'));
}

function checklist(product: Product, items: readonly ChecklistItem[]): string {
  const current = sortByRank(items.filter((item) => item.stage === product.stage));
  if (current.length === 0) return '';
  const done = current.filter((item) => item.done).length;
  const lines = current.map(
    (item) =>
      `<li class="${item.done ? 'done' : 'open'}"><span class="check" aria-hidden="true">${item.done ? '✓' : ''}</span><span class="visually-hidden">${item.done ? 'Done: ' : 'To do: '}</span><span dir="auto">${escapeHtml(item.text)}</span></li>`,
  );
  return subsection(
    `Checklist for ${STAGE_LABELS[product.stage]} <span class="count">${done} of ${current.length} done</span>`,
    `<ul class="checklist">\n${lines.join('\n')}\n</ul>`,
  );
}

function backlog(product: Product, backlogItems: readonly BacklogItem[]): string {
  if (backlogItems.length === 0) return '';
  const rows = sortByRank(backlogItems).map((backlogItem) => {
    const score = riceScore(backlogItem);
    return [
      `<span dir="auto">${escapeHtml(backlogItem.title)}</span>`,
      BACKLOG_STATUS_LABELS[backlogItem.status],
      backlogItem.moscow === null ? NONE : MOSCOW_LABELS[backlogItem.moscow],
      score === null ? '<span class="muted">Not scored</span>' : formatScore(score),
    ];
  });
  return subsection(
    `Backlog <span class="count">${plural(backlogItems.length, 'item')}</span>`,
    table(`Backlog of ${bdi(product.name)}`, ['Title', 'Status', 'MoSCoW', 'RICE score'], rows),
  );
}

function feedbackPart(product: Product, entries: readonly Feedback[], records: ProductRecords) {
  if (entries.length === 0) return '';
  // Newest first: what customers say now matters most to a reader.
  const sorted = [...entries].sort(byDateThenId<Feedback>((f) => f.date)).reverse();
  const rows = sorted.map((entry) => {
    const backlogItem =
      entry.backlogItemId === null ? undefined : records.featuresById.get(entry.backlogItemId);
    return [
      `<blockquote dir="auto">${escapeHtml(entry.quote)}</blockquote>`,
      entry.customer.trim() === '' ? NONE : `<span dir="auto">${escapeHtml(entry.customer)}</span>`,
      FEEDBACK_SOURCE_LABELS[entry.source],
      timeElement(entry.date),
      backlogItem === undefined ? NONE : `<span dir="auto">${escapeHtml(backlogItem.title)}</span>`,
    ];
  });
  return subsection(
    `Feedback <span class="count">${plural(entries.length, 'entry', 'entries')}</span>`,
    table(
      `Feedback on ${bdi(product.name)}`,
      ['Quote', 'Customer', 'Source', 'Date', 'Backlog item'],
      rows,
    ),
  );
}

function kpisPart(product: Product, kpis: readonly Kpi[], values: readonly KpiValue[]) {
  if (kpis.length === 0) return '';
  const sorted = [...kpis].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
  );
  const rows = sorted.map((kpi) => {
    const { latest, status } = kpiStanding(kpi, values);
    return [
      `<span dir="auto">${escapeHtml(kpi.name)}</span>`,
      latest === null
        ? '<span class="muted">No values yet</span>'
        : escapeHtml(formatKpiValue(latest.value, kpi.unit)),
      latest === null ? NONE : timeElement(latest.date),
      escapeHtml(describeTarget(kpi)),
      `<span class="status status-${status}">${KPI_STATUS_LABELS[status]}</span>`,
    ];
  });
  return subsection(
    'KPIs',
    table(`KPIs of ${bdi(product.name)}`, ['KPI', 'Latest', 'Measured', 'Target', 'Status'], rows),
  );
}

function milestonesPart(product: Product, milestones: readonly Milestone[], generatedOn: string) {
  if (milestones.length === 0) return '';
  const rows = sortMilestones(milestones).map((m) => {
    const status = m.done
      ? '<span class="status status-on-track">Done</span>'
      : isOverdue(m, generatedOn)
        ? '<span class="status status-off-track">Overdue</span>'
        : 'Open';
    return [timeElement(m.date), `<span dir="auto">${escapeHtml(m.title)}</span>`, status];
  });
  return subsection(
    'Milestones',
    table(`Milestones of ${bdi(product.name)}`, ['Date', 'Milestone', 'Status'], rows),
  );
}

function decisionPart(product: Product): string {
  const decision = product.decision;
  if (decision === null) return '';
  return subsection(
    'Decline decision',
    `<p><strong>${DECLINE_CHOICE_LABELS[decision.choice]}</strong>, decided on ${timeElement(decision.decidedOn)}.</p>\n${paragraphs(decision.rationale)}`,
  );
}

function releasesPart(releases: readonly Release[], backlogItems: readonly BacklogItem[]): string {
  if (releases.length === 0) return '';
  const newestFirst = [...releases].sort(byDateThenId<Release>((r) => r.date)).reverse();
  const blocks = newestFirst.map((release) => {
    const shipped = sortByRank(backlogItems.filter((f) => f.releaseId === release.id));
    const list =
      shipped.length === 0
        ? ''
        : `\n<ul class="shipped">\n${shipped.map((f) => `<li dir="auto">${escapeHtml(f.title)}</li>`).join('\n')}\n</ul>`;
    return `<article class="release">\n<h5><bdi>${escapeHtml(release.version)}</bdi> · ${timeElement(release.date)}</h5>\n${paragraphs(release.notes)}${list}\n</article>`;
  });
  return subsection('Releases', blocks.join('\n'));
}

export function productSection(
  product: Product,
  records: ProductRecords,
  generatedOn: string,
): string {
  const of = <T>(map: Map<string, T[]>): T[] => map.get(product.id) ?? [];
  const backlogItems = of(records.backlogItems);
  const parts = [
    visionPart(product),
    stageTimeline(product, generatedOn),
    people(product, records),
    checklist(product, of(records.checklistItems)),
    backlog(product, backlogItems),
    feedbackPart(product, of(records.feedback), records),
    kpisPart(product, of(records.kpis), of(records.kpiValues)),
    experimentsPart(product, of(records.experiments), of(records.kpis)),
    milestonesPart(product, of(records.milestones), generatedOn),
    decisionPart(product),
    releasesPart(of(records.releases), backlogItems),
  ].filter((part) => part !== '');
  const summary = paragraphs(product.summary, 'summary');
  return [
    `<article class="product" id="${anchorId('product', product.id)}" data-stage="${product.stage}">`,
    `<header class="product-header">\n<h3 dir="auto">${escapeHtml(product.name)}</h3>\n${facts(product)}\n</header>`,
    summary,
    parts.length === 0
      ? '<p class="muted">Nothing recorded behind this card yet.</p>'
      : parts.join('\n'),
    '<p class="back"><a href="#board">Back to the board</a></p>',
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

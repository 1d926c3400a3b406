/**
 * One product's part of the Markdown summary: its key facts, who it is for and against, what
 * is due next, the decline decision, then its backlog and KPIs as tables. Written for a team
 * that reads it without the app, so every value is in words and every user text is escaped.
 * Parts with nothing in them are left out.
 */
import { STAGE_LABELS } from '../domain/lifecycle';
import { KPI_STATUS_LABELS, describeTarget, formatKpiValue } from '../domain/kpi';
import { describeDue, sortMilestones } from '../domain/milestones';
import { daysInStage, enteredCurrentStageAt, formatDays, sortByRank } from '../domain/moves';
import { byName } from '../domain/people';
import type { Milestone, Product } from '../domain/product';
import { formatScore, riceScore } from '../domain/rice';
import {
  DECLINE_CHOICE_LABELS,
  BACKLOG_STATUS_LABELS,
  MOSCOW_LABELS,
  type BacklogItem,
  type Kpi,
  type KpiValue,
} from '../domain/workspace';
import {
  escapeInline,
  escapeMarkdown,
  escapeParagraphs,
  markdownTable,
  mdDay,
  plural,
} from './markdown-text';
import { experimentsTable, visionLines } from './export-vision';
import { kpiStanding, productRecords, type ProductRecords } from './product-facts';
import type { PlanFile } from './types';

/** How many open milestones a product lists; the rest are counted. */
export const NEXT_MILESTONES_SHOWN = 3;

export interface SummaryContext {
  /** The plan's records, grouped once for the whole summary. */
  records: ProductRecords;
  /** Now, for "days in stage"; and today's calendar date, for what is due. */
  now: Date;
  today: string;
}

export function summaryContext(file: PlanFile, now: Date, today: string): SummaryContext {
  return { records: productRecords(file), now, today };
}

function namesOf<T extends { id: string; name: string }>(
  ids: readonly string[],
  from: Map<string, T>,
): string {
  const linked = ids.map((id) => from.get(id)).filter((item) => item !== undefined);
  return byName(linked)
    .map((item) => escapeMarkdown(item.name))
    .join(', ');
}

/** Open milestones soonest first (an overdue one is still next), then how many are done. */
function milestoneLines(milestones: readonly Milestone[], today: string): string[] {
  if (milestones.length === 0) return [];
  const open = sortMilestones(milestones.filter((m) => !m.done));
  const shown = open.slice(0, NEXT_MILESTONES_SHOWN).map((m) => {
    const due = describeDue(m.date, today).toLocaleLowerCase('en');
    return `  - ${mdDay(m.date)}: ${escapeMarkdown(m.title)} (${due})`;
  });
  const more = open.length - shown.length;
  const lines = shown.length > 0 ? ['- Next milestones:', ...shown] : [];
  if (more > 0) lines.push(`  - and ${plural(more, 'more open milestone')}`);
  const done = milestones.length - open.length;
  lines.push(`- Milestones done: ${done} of ${milestones.length}`);
  return lines;
}

function decisionLine(product: Product): string[] {
  const decision = product.decision;
  if (decision === null) return [];
  const why = escapeMarkdown(decision.rationale);
  const line = `- Decline decision: ${DECLINE_CHOICE_LABELS[decision.choice]}, decided on ${mdDay(decision.decidedOn)}`;
  return [why === '' ? line : `${line}. ${why}`];
}

function backlogTable(backlogItems: readonly BacklogItem[]): string[] {
  if (backlogItems.length === 0) return [];
  const rows = sortByRank(backlogItems).map((backlogItem) => {
    const score = riceScore(backlogItem);
    return [
      escapeInline(backlogItem.title),
      BACKLOG_STATUS_LABELS[backlogItem.status],
      backlogItem.moscow === null ? '' : MOSCOW_LABELS[backlogItem.moscow],
      score === null ? 'not scored' : formatScore(score),
    ];
  });
  return [
    `#### Backlog (${plural(backlogItems.length, 'item')})`,
    '',
    ...markdownTable(
      ['Item', 'Status', 'MoSCoW', 'RICE score'],
      ['left', 'left', 'left', 'right'],
      rows,
    ),
    '',
  ];
}

function kpiTable(kpis: readonly Kpi[], values: readonly KpiValue[]): string[] {
  if (kpis.length === 0) return [];
  const rows = byName(kpis).map((kpi) => {
    const { latest, status } = kpiStanding(kpi, values);
    return [
      escapeInline(kpi.name),
      latest === null
        ? 'no values yet'
        : `${escapeInline(formatKpiValue(latest.value, kpi.unit))} on ${mdDay(latest.date)}`,
      escapeInline(describeTarget(kpi)),
      KPI_STATUS_LABELS[status],
    ];
  });
  return [
    `#### KPIs (${kpis.length})`,
    '',
    ...markdownTable(
      ['KPI', 'Latest', 'Target', 'Status'],
      ['left', 'right', 'left', 'left'],
      rows,
    ),
    '',
  ];
}

export function productSection(product: Product, context: SummaryContext): string[] {
  const { records } = context;
  const of = <T>(map: Map<string, T[]>): T[] => map.get(product.id) ?? [];
  const lines = [`### ${escapeMarkdown(product.name)}`, ''];
  if (product.archived) lines.push(`- Archived, in ${STAGE_LABELS[product.stage]}`);
  if (product.owner.trim() !== '') lines.push(`- Owner: ${escapeMarkdown(product.owner)}`);
  if (product.tags.length > 0) lines.push(`- Tags: ${product.tags.map(escapeMarkdown).join(', ')}`);
  const since = enteredCurrentStageAt(product).slice(0, 10);
  const days = formatDays(daysInStage(product, context.now));
  lines.push(`- In ${STAGE_LABELS[product.stage]} for ${days} (since ${mdDay(since)})`);
  lines.push(...visionLines(product));
  const checklist = of(records.checklistItems).filter((item) => item.stage === product.stage);
  if (checklist.length > 0) {
    const done = checklist.filter((item) => item.done).length;
    lines.push(`- Checklist for this stage: ${done} of ${checklist.length} done`);
  }
  const personas = namesOf(product.personaIds, records.personas);
  if (personas !== '') lines.push(`- Personas: ${personas}`);
  const competitors = namesOf(product.competitorIds, records.competitors);
  if (competitors !== '') lines.push(`- Competitors: ${competitors}`);
  lines.push(...milestoneLines(of(records.milestones), context.today));
  lines.push(...decisionLine(product));
  const summary = escapeParagraphs(product.summary);
  if (summary !== '') lines.push('', summary);
  lines.push('');
  lines.push(...backlogTable(of(records.backlogItems)));
  lines.push(...kpiTable(of(records.kpis), of(records.kpiValues)));
  lines.push(...experimentsTable(of(records.experiments), of(records.kpis)));
  return lines;
}

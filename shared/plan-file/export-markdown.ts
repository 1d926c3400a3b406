/**
 * A one-page Markdown summary of a plan for people without the app: counts per stage, then
 * each stage's products with their key facts, milestones and checklist progress, archived
 * products last. Everything a user typed is escaped, so a product called `*bold*` or
 * `<script>` shows those characters literally in any Markdown viewer. "Days in stage"
 * depends on when the summary is made, so the caller passes `now`; the rest is deterministic.
 */
import { STAGES, STAGE_LABELS, type Stage } from '../domain/lifecycle';
import { daysInStage, enteredCurrentStageAt, formatDays } from '../domain/moves';
import type { ChecklistItem, Milestone, Product } from '../domain/product';
import { productsInBoardOrder } from './export-csv';
import type { PlanFile } from './types';

// Characters that start Markdown or HTML anywhere in a line (emphasis, code, links, tags,
// entities, GFM tables, strikethrough and math). Others stay as typed so the file reads well.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&$]/g;
// At the start of a line these make a list, quote, heading or rule: `- `, `+ `, `1. `, `1) `.
const LINE_START = /^([-+=]|\d+[.)])/;

/** User text as literal Markdown on one line: specials escaped, line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped.replace(LINE_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** Multi-line user text (a summary): paragraphs kept, each line escaped. */
function escapeParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map(escapeMarkdown)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

const day = (iso: string) => iso.slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface ProductFacts {
  checklist: ChecklistItem[];
  milestones: Milestone[];
}

function factsByProduct(file: PlanFile): Map<string, ProductFacts> {
  const facts = new Map<string, ProductFacts>(
    file.products.map((p) => [p.id, { checklist: [], milestones: [] }]),
  );
  for (const item of file.checklistItems) facts.get(item.productId)?.checklist.push(item);
  for (const milestone of file.milestones) {
    facts.get(milestone.productId)?.milestones.push(milestone);
  }
  return facts;
}

function milestoneLine(m: Milestone): string {
  return `  - ${m.date}: ${escapeMarkdown(m.title)}${m.done ? ' (done)' : ''}`;
}

function productSection(product: Product, facts: ProductFacts | undefined, now: Date): string[] {
  const lines = [`### ${escapeMarkdown(product.name)}`, ''];
  if (product.archived) lines.push(`- Archived, in ${STAGE_LABELS[product.stage]}`);
  if (product.owner.trim() !== '') lines.push(`- Owner: ${escapeMarkdown(product.owner)}`);
  if (product.tags.length > 0) lines.push(`- Tags: ${product.tags.map(escapeMarkdown).join(', ')}`);
  const since = day(enteredCurrentStageAt(product));
  lines.push(
    `- In ${STAGE_LABELS[product.stage]} for ${formatDays(daysInStage(product, now))} (since ${since})`,
  );
  const checklist = (facts?.checklist ?? []).filter((item) => item.stage === product.stage);
  if (checklist.length > 0) {
    const done = checklist.filter((item) => item.done).length;
    lines.push(`- Checklist for this stage: ${done} of ${checklist.length} done`);
  }
  const byDate = (a: Milestone, b: Milestone) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;
  const milestones = [...(facts?.milestones ?? [])].sort(byDate);
  if (milestones.length > 0) lines.push('- Milestones:', ...milestones.map(milestoneLine));
  const summary = escapeParagraphs(product.summary);
  if (summary !== '') lines.push('', summary);
  lines.push('');
  return lines;
}

function stageTable(active: readonly Product[]): string[] {
  const rows = STAGES.map((stage) => {
    const count = active.filter((p) => p.stage === stage).length;
    return `| ${STAGE_LABELS[stage]} | ${count} |`;
  });
  return ['| Stage | Products |', '| --- | ---: |', ...rows, ''];
}

export function planToMarkdown(file: PlanFile, now: Date): string {
  const products = productsInBoardOrder(file.products);
  const active = products.filter((p) => !p.archived);
  const archived = products.filter((p) => p.archived);
  const facts = factsByProduct(file);
  const lines = [
    `# ${escapeMarkdown(file.plan.name)}`,
    '',
    `${plural(active.length, 'product')} in play` +
      (archived.length > 0 ? `, ${archived.length} archived` : '') +
      `. Time in stage as of ${day(now.toISOString())}.`,
    '',
    ...stageTable(active),
  ];
  for (const stage of STAGES as readonly Stage[]) {
    const inStage = active.filter((p) => p.stage === stage);
    if (inStage.length === 0) continue;
    lines.push(`## ${STAGE_LABELS[stage]} (${inStage.length})`, '');
    for (const product of inStage) {
      lines.push(...productSection(product, facts.get(product.id), now));
    }
  }
  if (archived.length > 0) {
    lines.push(`## Archived (${archived.length})`, '');
    for (const product of archived) {
      lines.push(...productSection(product, facts.get(product.id), now));
    }
  }
  // Sections that came out empty would leave runs of blank lines; one is enough.
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n');
  return `${text.trimEnd()}\n`;
}

/**
 * Writing user text into Markdown so it shows literally: `*bold*`, `<script>` or a leading
 * `- ` come out as typed in any Markdown viewer, and a `|` cannot break a table row.
 */
import { exportDay, formatCount } from '../domain/region';

// Characters that start Markdown or HTML anywhere in a line (emphasis, code, links, tags,
// entities, GFM tables, strikethrough and math). Others stay as typed so the file reads well.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&$]/g;
// At the start of a line these make a list, quote, heading or rule: `- `, `+ `, `1. `, `1) `.
const LINE_START = /^([-+=]|\d+[.)])/;

/**
 * User text as literal Markdown inside a line (a table cell, after a label): specials
 * escaped, line breaks become spaces.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/** User text as literal Markdown on a line of its own: a leading `1.` or `-` is escaped too. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(
    LINE_START,
    (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`,
  );
}

/** Multi-line user text (a summary): paragraphs kept, each line escaped. */
export function escapeParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map(escapeMarkdown)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

export type Align = 'left' | 'right';

/**
 * A GFM table from cells that are already Markdown (escape user text first). An empty cell
 * would read as a missing value, so it is written as an en dash.
 */
export function markdownTable(
  header: readonly string[],
  align: readonly Align[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => (cell === '' ? '–' : cell)).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)];
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** A calendar date: ISO (sortable, read alike everywhere) unless made for a region. */
export const mdDay = (day: string) => exportDay(day) ?? day;

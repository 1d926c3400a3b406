/**
 * Writing user text into HTML safely and deterministically, for the web-page export. Every
 * string a user typed goes through `escapeHtml` (or a helper built on it), so a product named
 * `<script>` or `"><img onerror=…>` shows those characters and never becomes markup.
 */
import { daysBetween, isCalendarDate, parseCalendarDate } from '../domain/calendar';
import { exportDay, formatCount } from '../domain/region';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls other than tab, line feed and carriage return, and DEL: an HTML parse error
// that browsers render as boxes or drop; they are replaced so every viewer shows the same.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * User text inline among our own words: `<bdi>` keeps a right-to-left name from reordering
 * the punctuation around it ("Owner: <name>, since …").
 */
export function bdi(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * An element id for a record: letters, digits and hyphens pass; anything else (an imported
 * file may carry odd ids) is written as `_` and its code point, so ids stay unique and every
 * `#fragment` link works without percent-encoding.
 */
export function anchorId(prefix: string, id: string): string {
  const safe = [...id]
    .map((c) => (/^[A-Za-z0-9-]$/.test(c) ? c : `_${(c.codePointAt(0) ?? 0).toString(16)}_`))
    .join('');
  return `${prefix}-${safe}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "3 Mar 2026". Written by hand rather than through Intl so the page reads the same whatever
 * the locale and ICU data of the machine that made it (the export is deterministic), unless
 * the export is made for a region (withExportRegion); a date that is not a calendar date is
 * shown as it is.
 */
export function formatDay(date: string): string {
  const regional = exportDay(date);
  if (regional !== null) return regional;
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  return `${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

/** A `<time>` element for a calendar date (or the date part of an ISO instant, in UTC). */
export function timeElement(dateOrInstant: string): string {
  const day = dateOrInstant.slice(0, 10);
  if (!isCalendarDate(day)) return escapeHtml(dateOrInstant);
  return `<time datetime="${day}">${formatDay(day)}</time>`;
}

/** Whole days from one calendar date to another, or null when either is not a date. */
export function daysFromTo(from: string, to: string): number | null {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return null;
  return daysBetween(from, to);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Multi-line user text as paragraphs; single line breaks inside a paragraph are kept. */
export function paragraphs(text: string, className = 'text'): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => `<p class="${className}" dir="auto">${escapeHtml(part)}</p>`)
    .join('\n');
}

/** A table with header cells; rows are already-escaped cell HTML. */
export function table(caption: string, headers: readonly string[], rows: readonly string[][]) {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return [
    '<div class="table-wrap"><table>',
    `<caption class="visually-hidden">${caption}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table></div>',
  ].join('\n');
}

/** Oldest first by a date field, then by id, so the order never depends on input order. */
export function byDateThenId<T extends { id: string }>(date: (record: T) => string) {
  return (a: T, b: T): number => {
    const da = date(a);
    const db = date(b);
    if (da !== db) return da < db ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

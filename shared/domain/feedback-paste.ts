/**
 * Turning pasted text (notes from an interview, a column of survey answers, rows copied from
 * a spreadsheet) into feedback drafts: one entry per line. A line may name its customer as
 * "Customer: quote", "Customer — quote" or "customer<Tab>quote"; list bullets and the quote
 * marks around a quote are dropped. Lines that cannot become an entry are reported with the
 * reason, never silently lost.
 */
import { MAX_LABEL_LENGTH, MAX_SUMMARY_LENGTH } from './product';

export interface PastedFeedback {
  /** 1-based line of the pasted text, for the preview. */
  line: number;
  /** '' when the line names nobody (the dialog may fill in a default). */
  customer: string;
  quote: string;
}

export type SkipReason = 'blank' | 'no-quote' | 'too-long';

export interface SkippedLine {
  line: number;
  text: string;
  reason: SkipReason;
}

export interface PasteResult {
  entries: PastedFeedback[];
  skipped: SkippedLine[];
}

export interface PasteOptions {
  /** Read "Customer: quote" and "Customer — quote" as naming the customer (default true). */
  splitCustomer?: boolean;
}

// "- ", "* ", "• ", "1. ", "2) ", "> " (a quoted line in an email or Markdown), repeated.
const BULLET = /^(?:[-*•‣◦·–—](?:\s+|$)|\d{1,3}[.)](?:\s+|$)|>\s*)+/u;
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['„', '“'],
  ['‘', '’'],
  ['«', '»'],
  ['»', '«'],
  ['「', '」'],
];

/**
 * Drops one pair of quote marks around the whole text (not two quotes side by side: "A" and
 * "B"), and a lone double quote mark left at either end when a copy cut the other one off.
 */
export function stripQuotes(text: string): string {
  const value = text.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    if (value.length < 2 || !value.startsWith(open) || !value.endsWith(close)) continue;
    const inner = value.slice(open.length, value.length - close.length);
    if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
  }
  if ((value.match(/["“”„«»]/gu) ?? []).length !== 1) return value;
  return value
    .replace(/^["“„«]\s*/u, '')
    .replace(/\s*["”»]$/u, '')
    .trim();
}

export function stripBullet(text: string): string {
  return text.trim().replace(BULLET, '').trim();
}

// Longer than this before the separator, it is a sentence rather than a customer's name.
const MAX_CUSTOMER_PREFIX = 60;
const MAX_CUSTOMER_WORDS = 6;
const SEPARATORS = [': ', ' — ', ' – ', ' -- '];

function looksLikeCustomer(prefix: string): boolean {
  const text = prefix.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_CUSTOMER_PREFIX &&
    text.split(/\s+/).length <= MAX_CUSTOMER_WORDS &&
    /\p{L}|\p{N}/u.test(text) &&
    // A sentence before a colon ("It is slow. Also: …") is not a name; nor is a quote.
    !/[.!?]\s/.test(text) &&
    !/^["“„‘«]/u.test(text)
  );
}

/** Splits "Customer: quote" at the earliest separator whose left side looks like a name. */
function splitNamed(text: string): { customer: string; quote: string } | null {
  let best: { at: number; length: number } | null = null;
  for (const separator of SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0 && (best === null || at < best.at)) best = { at, length: separator.length };
  }
  // "Acme:" at the very end of a line: a customer with nothing said.
  if (best === null) {
    const bare = /^(.*?)\s*(?::|—|–)$/u.exec(text);
    if (bare?.[1] && looksLikeCustomer(bare[1])) return { customer: bare[1], quote: '' };
    return null;
  }
  const customer = text.slice(0, best.at);
  if (!looksLikeCustomer(customer)) return null;
  return { customer, quote: text.slice(best.at + best.length) };
}

function parseLine(
  raw: string,
  options: Required<PasteOptions>,
): { customer: string; quote: string } {
  if (raw.includes('\t')) {
    // A spreadsheet row: customer in the first cell, the rest is what they said.
    const [first = '', ...rest] = raw.split('\t');
    const quote = rest
      .map((cell) => stripQuotes(cell))
      .filter((cell) => cell !== '')
      .join(' ');
    return { customer: stripQuotes(stripBullet(first)), quote };
  }
  const text = stripBullet(raw);
  const named = options.splitCustomer ? splitNamed(text) : null;
  if (named) return { customer: stripQuotes(named.customer), quote: stripQuotes(named.quote) };
  return { customer: '', quote: stripQuotes(text) };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function parseFeedbackPaste(text: string, options: PasteOptions = {}): PasteResult {
  const settings: Required<PasteOptions> = { splitCustomer: options.splitCustomer ?? true };
  const lines = text.split(/\r\n|\r|\n/);
  // Blank lines before and after the text are how copying works, not lines the user meant.
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && (lines[first] as string).trim() === '') first += 1;
  while (last >= first && (lines[last] as string).trim() === '') last -= 1;

  const result: PasteResult = { entries: [], skipped: [] };
  for (let index = first; index <= last; index += 1) {
    const raw = lines[index] as string;
    const line = index + 1;
    const parsed = parseLine(raw, settings);
    const customer = collapse(parsed.customer);
    const quote = parsed.quote.trim();
    const skip = (reason: SkipReason) =>
      result.skipped.push({ line, text: raw.trim().slice(0, 200), reason });
    if (quote === '' && customer === '') skip('blank');
    else if (quote === '') skip('no-quote');
    else if (quote.length > MAX_SUMMARY_LENGTH || customer.length > MAX_LABEL_LENGTH) {
      skip('too-long');
    } else result.entries.push({ line, customer, quote });
  }
  return result;
}

const REASON_WORDS: Record<SkipReason, [string, string]> = {
  blank: ['blank', 'blank'],
  'no-quote': ['names a customer but no quote', 'name a customer but no quote'],
  'too-long': [
    `is too long (a quote holds ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters, a customer ${MAX_LABEL_LENGTH})`,
    `are too long (a quote holds ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters, a customer ${MAX_LABEL_LENGTH})`,
  ],
};

/** "2 lines skipped: 1 blank, 1 names a customer but no quote (line 4)." or '' */
export function describeSkipped(skipped: readonly SkippedLine[]): string {
  if (skipped.length === 0) return '';
  const parts = (Object.keys(REASON_WORDS) as SkipReason[]).flatMap((reason) => {
    const lines = skipped.filter((s) => s.reason === reason).map((s) => s.line);
    if (lines.length === 0) return [];
    const [one, many] = REASON_WORDS[reason];
    const where =
      lines.length <= 5 ? ` (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` : '';
    return [`${lines.length} ${lines.length === 1 ? one : many}${where}`];
  });
  const total = skipped.length;
  return `${total} ${total === 1 ? 'line' : 'lines'} skipped: ${parts.join('; ')}.`;
}

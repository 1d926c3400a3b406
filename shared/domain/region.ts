/**
 * The user's region for numbers and dates: how they are shown (through Intl) and how typed
 * numbers are read back, so a German user types 0,5 and reads 1.234,5 while plan files keep
 * plain numbers and ISO dates. The renderer sets the display region from the settings at
 * start and on every change; code that formats for the screen takes it as its default, the
 * way Intl takes the system's locale when given none. Exports and tests pass one explicitly.
 */

/** The region when none is chosen and the system's cannot be read. */
export const FALLBACK_REGION = 'en-US';

let current = FALLBACK_REGION;

/** A BCP 47 tag Intl knows, in canonical form ("de-de" → "de-DE"), or the fallback. */
export function canonicalRegion(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical && Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0) {
      return canonical;
    }
  } catch {
    // Not a language tag at all.
  }
  return FALLBACK_REGION;
}

export function setDisplayRegion(tag: string): void {
  current = canonicalRegion(tag);
}

export function displayRegion(): string {
  return current;
}

/** Days of the week as ISO numbers them: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week where the region is: Monday in Germany, Sunday in the US. */
export function regionFirstDayOfWeek(locale: string): Weekday {
  try {
    // Chromium has getWeekInfo(); older engines (Node 20) the weekInfo getter.
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const day = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    if (typeof day === 'number' && day >= 1 && day <= 7) return day as Weekday;
  } catch {
    // An engine without week data: Monday, the ISO 8601 week.
  }
  return 1;
}

export interface NumberSymbols {
  decimal: string;
  group: string;
  /** The region's own digits 0 to 9 (Arabic-Indic in Egypt), ASCII in most regions. */
  digits: readonly string[];
  /** Whether thousands are grouped as in India: 12,34,567. */
  indianGrouping: boolean;
}

const symbolCache = new Map<string, NumberSymbols>();

export function numberSymbols(locale: string = current): NumberSymbols {
  let symbols = symbolCache.get(locale);
  if (symbols) return symbols;
  const format = new Intl.NumberFormat(locale);
  const parts = format.formatToParts(1234567.5);
  const digits = [...'0123456789'].map((d) => new Intl.NumberFormat(locale).format(Number(d)));
  const ascii = toAsciiDigits(format.format(1234567), digits);
  symbols = {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    digits,
    indianGrouping: /^\d{1,2}\D\d{2}\D\d{3}$/.test(ascii),
  };
  symbolCache.set(locale, symbols);
  return symbols;
}

/** Digit sets people type besides ASCII; each starts at the code point of its zero. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

function toAsciiDigits(text: string, own: readonly string[] = []): string {
  return [...text]
    .map((c) => {
      const ownIndex = own.indexOf(c);
      if (ownIndex >= 0) return String(ownIndex);
      const code = c.codePointAt(0) ?? 0;
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
      return zero === undefined ? c : String(code - zero);
    })
    .join('');
}

// Direction marks Intl puts around signs in right-to-left regions, and a typed ZWSP.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const APOSTROPHES = /['\u2019]/g;
const ARABIC_DECIMAL = '\u066b';
const ARABIC_GROUP = '\u066c';

/**
 * A number as typed in the region: its own decimal sign and grouping (1.234,5 in Germany,
 * 1 234,5 in France, 12,34,567.5 in India, ١٬٢٣٤٫٥ in Egypt), plain digits or the region's.
 * A separator the region does not use for thousands can only be a decimal sign, so "0.5"
 * reads in France as it does in the US; one it does use is read only as grouping, so "1.5"
 * in Germany is refused rather than read as fifteen. Blank means no number (null).
 */
export function parseRegionNumber(
  raw: string,
  locale: string = current,
): number | null | 'invalid' {
  const { decimal, group, digits, indianGrouping } = numberSymbols(locale);
  let text = toAsciiDigits(raw.normalize('NFKC').replace(INVISIBLE, ''), digits)
    .replace(/[\s_]/g, '')
    .replace(/\u2212/g, '-');
  if (group !== '.' && group !== ',') text = text.split(group).join('').replace(APOSTROPHES, '');
  if (text === '') return null;
  const marked = [...text]
    .map((c) => {
      if (c === decimal || c === ARABIC_DECIMAL) return 'D';
      if (c === group || c === ARABIC_GROUP) return 'G';
      if (c === '.' || c === ',') return 'D';
      return c;
    })
    .join('');
  const match = /^([-+]?)(\d[\dG]*)?(?:D(\d*))?(e[-+]?\d+)?$/i.exec(marked);
  if (!match) return 'invalid';
  const [, sign = '', whole = '', fraction, exponent = ''] = match;
  if (whole === '' && (fraction === undefined || fraction === '')) return 'invalid';
  if (whole.includes('G') && !isGrouped(whole, indianGrouping)) return 'invalid';
  const value = Number(
    `${sign}${whole.replace(/G/g, '') || '0'}${fraction ? `.${fraction}` : ''}${exponent}`,
  );
  if (!Number.isFinite(value)) return 'invalid';
  // "-0" is zero; shown as "-0" it would look like a negative count.
  return value === 0 ? 0 : value;
}

/** Thousands in threes (1,234,567), or as India groups them (12,34,567) where it does. */
function isGrouped(whole: string, indian: boolean): boolean {
  return /^\d{1,3}(G\d{3})+$/.test(whole) || (indian && /^\d{1,2}(G\d{2})+G\d{3}$/.test(whole));
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    // A value that rounds to nothing (-0.001 at two decimals) shows as 0, never as "-0".
    format = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    formatters.set(key, format);
  }
  return format;
}

/** "1,234.56" in the US, "1.234,56" in Germany: at most `fractionDigits` decimals. */
export function formatRegionNumber(
  value: number,
  fractionDigits = 2,
  locale: string = current,
): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** "1.2K", "1,2 Mio.": for chart axes, where space is short. */
export function formatCompactNumber(value: number, locale: string = current): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A whole count ("12,345 entries"), grouped as the region groups. */
export function formatCount(value: number, locale: string = current): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** How to write a number in the region, for messages: "like 1.234,5". */
export function numberExample(locale: string = current): string {
  return formatRegionNumber(1234.5, 2, locale);
}

const dateTimes = new Map<string, Intl.DateTimeFormat>();

/** An instant (ISO 8601) as a date and time in the user's zone and region. */
export function formatInstant(
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  locale: string = current,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimes.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimes.set(key, format);
  }
  return format.format(date);
}

/** Set while an export renders for a chosen region: dates then follow it too (see below). */
let regionalDates = false;

/**
 * Renders an export (Markdown, HTML, a stakeholder update) for `locale`: numbers, counts and
 * dates in its style. Without one, an export writes English numbers and its own neutral dates
 * (ISO in Markdown), as it always has; either way the same input gives the same text.
 * Rendering is synchronous, so the region cannot leak into anything else.
 */
export function withExportRegion<T>(locale: string | undefined, render: () => T): T {
  const previous = { current, regionalDates };
  current = locale === undefined ? FALLBACK_REGION : canonicalRegion(locale);
  regionalDates = locale !== undefined;
  try {
    return render();
  } finally {
    current = previous.current;
    regionalDates = previous.regionalDates;
  }
}

/** A calendar date as an export for a region writes it, or null to keep the export's own. */
export function exportDay(day: string): string | null {
  if (!regionalDates) return null;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return null;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

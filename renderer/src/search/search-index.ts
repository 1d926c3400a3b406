/**
 * The search index of one plan: every searchable record's folded text, kept up to date record
 * by record. Two ways to ask it: "everything" (each typed word must appear, results grouped by
 * kind, the toolbar's search) and "palette" (fuzzy, products and backlog items, the command
 * palette). Typing one more letter narrows the last matches instead of scanning the plan again.
 */
import fuzzysort, { type Prepared } from 'fuzzysort';
import { searchTerms } from '../../../shared/domain/search';
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from './entries';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  productId: string | null;
  title: string;
  detail: string;
  /** The product's name, for records of a product. */
  productName: string | null;
  archived: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  /** How many records of this kind match; `hits` holds the best few. */
  total: number;
  hits: SearchHit[];
}

export interface PaletteHit extends SearchHit {
  /** Positions of the matched characters in the title, for highlighting. */
  indexes: number[];
}

/** A word of one letter matches most of a large plan and says little: search waits for two. */
export const MIN_LETTERS = 2;
/**
 * Past this many matches of one kind, only the first ones are ranked for the few shown (the
 * total is still exact): ordering a hundred thousand weak matches would cost each key press
 * more than it could tell apart.
 */
const MAX_RANKED = 20_000;
/** The palette scores at most this many titles, those holding the typed words whole first. */
const MAX_FUZZY = 15_000;

const letters = (words: readonly string[]) => words.reduce((sum, w) => sum + w.length, 0);

class KindTable {
  readonly entries: SearchEntry[] = [];
  private readonly positions = new Map<string, number>();

  get(id: string): SearchEntry | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.entries[at];
  }
  upsert(entry: SearchEntry): void {
    const at = this.positions.get(entry.id);
    if (at === undefined) {
      this.positions.set(entry.id, this.entries.length);
      this.entries.push(entry);
    } else this.entries[at] = entry;
  }
  /** Swaps the last entry into the gap, so removing is as cheap as adding. */
  remove(id: string): boolean {
    const at = this.positions.get(id);
    if (at === undefined) return false;
    const last = this.entries.pop() as SearchEntry;
    this.positions.delete(id);
    if (at < this.entries.length) {
      this.entries[at] = last;
      this.positions.set(last.id, at);
    }
    return true;
  }
}

/** Words matched in the title rank first, at its start best, then at the start of a word. */
function rank(entry: SearchEntry, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    const title = entry.titleText;
    if (title.startsWith(term)) score += 4;
    else if (atWordStart(title, term)) score += 3;
    else if (title.includes(term)) score += 2;
    else score += 1;
  }
  return score;
}

/** Whether a character code separates words: ASCII that is neither letter nor digit. */
function isSeparator(code: number): boolean {
  return (
    code < 48 || (code > 57 && code < 65) || (code > 90 && code < 97) || (code > 122 && code < 128)
  );
}

/** Whether `term` starts a word of `text` (folded text: accents are gone, so ASCII suffices). */
function atWordStart(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at > 0; at = text.indexOf(term, at + 1)) {
    if (isSeparator(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** The best `count` matches by rank, then shorter titles; one pass, no full sort. */
function best(matches: readonly SearchEntry[], terms: readonly string[], count: number) {
  const top: { entry: SearchEntry; score: number }[] = [];
  const worse = (a: { entry: SearchEntry; score: number }, b: typeof a) =>
    a.score < b.score || (a.score === b.score && a.entry.title.length > b.entry.title.length);
  for (const entry of matches) {
    const candidate = { entry, score: rank(entry, terms) };
    if (top.length === count && !worse(top[count - 1] as typeof candidate, candidate)) continue;
    let at = Math.min(top.length, count - 1);
    top[at] = candidate;
    while (at > 0 && worse(top[at - 1] as typeof candidate, candidate)) {
      top[at] = top[at - 1] as typeof candidate;
      top[at - 1] = candidate;
      at -= 1;
    }
  }
  return top.map((t) => t.entry);
}

/** Whether every record matching `now` also matched `before`: each earlier word is in a new one. */
function narrows(before: readonly string[], now: readonly string[]): boolean {
  return before.every((old) => now.some((term) => term.includes(old)));
}

/** At most MAX_FUZZY titles, those holding every word whole first (they score best). */
function bounded(targets: readonly SearchEntry[], words: readonly string[]): SearchEntry[] {
  if (targets.length <= MAX_FUZZY) return [...targets];
  const whole: SearchEntry[] = [];
  const rest: SearchEntry[] = [];
  for (const entry of targets) {
    (words.every((word) => entry.titleText.includes(word)) ? whole : rest).push(entry);
  }
  return [...whole, ...rest].slice(0, MAX_FUZZY);
}

/** Whether the letters of `word` appear in `text` in order: what any fuzzy match needs. */
function inOrder(word: string, text: string): boolean {
  let at = 0;
  for (let i = 0; i < word.length; i += 1) {
    at = text.indexOf(word.charAt(i), at) + 1;
    if (at === 0) return false;
  }
  return true;
}

export class SearchIndex {
  private readonly tables = new Map<SearchKind, KindTable>(
    SEARCH_KINDS.map((kind) => [kind, new KindTable()]),
  );
  /** Bumped by every change, so a narrowing cache from before a change is never used. */
  private version = 0;
  private last: { version: number; terms: string[]; matches: Map<SearchKind, SearchEntry[]> } = {
    version: -1,
    terms: [],
    matches: new Map(),
  };
  private prepared = new WeakMap<SearchEntry, Prepared>();
  /** The palette's last candidates: titles holding each typed word's letters in order. */
  private lastFuzzy: { version: number; words: string[]; pool: SearchEntry[] } = {
    version: -1,
    words: [],
    pool: [],
  };

  private table(kind: SearchKind): KindTable {
    return this.tables.get(kind) as KindTable;
  }

  upsert(entry: SearchEntry): void {
    this.table(entry.kind).upsert(entry);
    this.version += 1;
  }
  remove(kind: SearchKind, id: string): void {
    if (this.table(kind).remove(id)) this.version += 1;
  }
  /** Replaces every entry of a kind (a whole table read again). */
  replaceKind(kind: SearchKind, entries: readonly SearchEntry[]): void {
    const table = new KindTable();
    for (const e of entries) table.upsert(e);
    this.tables.set(kind, table);
    this.version += 1;
  }
  size(kind: SearchKind): number {
    return this.table(kind).entries.length;
  }

  private hit(entry: SearchEntry): SearchHit {
    const product =
      entry.kind === 'products'
        ? entry
        : entry.productId
          ? this.table('products').get(entry.productId)
          : undefined;
    return {
      kind: entry.kind,
      id: entry.id,
      productId: entry.productId,
      title: entry.title,
      detail: entry.detail,
      productName: entry.productId ? (product?.title ?? null) : null,
      archived: product?.archived ?? false,
    };
  }

  /** Records in which every typed word appears, by kind, the best `perKind` of each. */
  everything(text: string, perKind: number): SearchGroup[] {
    const terms = searchTerms(text);
    if (letters(terms) < MIN_LETTERS) return [];
    const reuse = this.last.version === this.version && narrows(this.last.terms, terms);
    const matches = new Map<SearchKind, SearchEntry[]>();
    const groups: SearchGroup[] = [];
    for (const kind of SEARCH_KINDS) {
      const pool = reuse ? (this.last.matches.get(kind) ?? []) : this.table(kind).entries;
      const found = pool.filter((entry) => terms.every((term) => entry.text.includes(term)));
      matches.set(kind, found);
      if (found.length === 0) continue;
      groups.push({
        kind,
        total: found.length,
        hits: best(found.slice(0, MAX_RANKED), terms, perKind).map((entry) => this.hit(entry)),
      });
    }
    this.last = { version: this.version, terms, matches };
    return groups;
  }

  /** Products and backlog items whose name fuzzily matches, best first. */
  palette(text: string, limit: number): PaletteHit[] {
    const words = searchTerms(text);
    if (letters(words) < MIN_LETTERS) return [];
    // A cheap test narrows the titles first (and narrows the last ones while a word is
    // typed); the fuzzy scoring then runs on those alone.
    const last = this.lastFuzzy;
    const reuse =
      last.version === this.version &&
      last.words.every((old) => words.some((word) => inOrder(old, word)));
    const pool = reuse
      ? last.pool
      : [...this.table('products').entries, ...this.table('backlogItems').entries];
    const targets = pool.filter((entry) => words.every((word) => inOrder(word, entry.titleText)));
    this.lastFuzzy = { version: this.version, words, pool: targets };
    const results = fuzzysort.go(words.join(' '), bounded(targets, words), {
      key: (entry: SearchEntry) => this.preparedOf(entry),
      limit,
      // Abbreviations ("frcst") score about 0.3; the limit keeps only the best anyway.
      threshold: 0.1,
    });
    return results.map((result) => ({ ...this.hit(result.obj), indexes: [...result.indexes] }));
  }

  /** Prepared once per entry object: an edited record is a new entry, prepared again. */
  private preparedOf(entry: SearchEntry): Prepared {
    let prepared = this.prepared.get(entry);
    if (!prepared) {
      prepared = fuzzysort.prepare(entry.titleText);
      this.prepared.set(entry, prepared);
    }
    return prepared;
  }
}

/**
 * The search index of one plan: every searchable record's folded text, kept up to date record
 * by record. Two ways to ask it: "everything" (each typed word must appear, results grouped by
 * kind, the toolbar's search) and "palette" (fuzzy, products and backlog items, the command
 * palette). Typing one more letter narrows the last matches when they are few, instead of
 * scanning the plan again.
 */
import fuzzysort, { type Prepared } from 'fuzzysort';
import { searchTerms, termsNarrow } from '../../../shared/domain/search';
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from './entries';
import { KindTable } from './kind-table';
import { best } from './rank';
import { bestOfWord, entriesOfWord, type WordMatches } from './word-matches';

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

/** What a search keeps of each kind to narrow the next one: a word's places, or entries. */
type Matches = WordMatches | SearchEntry[];
type KeptMatches = Map<SearchKind, Matches>;

const holdsAll = (entry: SearchEntry, terms: readonly string[]) =>
  terms.every((term) => entry.text.includes(term));

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
  private last: { version: number; terms: string[]; matches: KeptMatches } = {
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
    table.join();
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
    const reuse = this.last.version === this.version && termsNarrow(this.last.terms, terms);
    const matches = new Map<SearchKind, Matches>();
    const groups: SearchGroup[] = [];
    for (const kind of SEARCH_KINDS) {
      const before = reuse ? this.last.matches.get(kind) : undefined;
      const group =
        terms.length === 1
          ? this.oneWord(kind, terms[0] as string, before, matches)
          : this.severalWords(kind, terms, before, matches);
      if (group.total === 0) continue;
      groups.push({ ...group, hits: group.hits(perKind).map((entry) => this.hit(entry)) });
    }
    this.last = { version: this.version, terms, matches };
    return groups;
  }

  /** One word: its matches narrow cheaply as letters are added, so they are always kept. */
  private oneWord(kind: SearchKind, word: string, before: Matches | undefined, kept: KeptMatches) {
    const table = this.table(kind);
    const found = table.matchWord(word, before instanceof Array ? undefined : before);
    kept.set(kind, found);
    return {
      kind,
      total: found.count + found.changed.length,
      hits: (count: number) => bestOfWord(found, count, MAX_RANKED),
    };
  }

  private severalWords(
    kind: SearchKind,
    terms: readonly string[],
    before: Matches | undefined,
    kept: KeptMatches,
  ) {
    const earlier = before instanceof Array ? before : before && this.fewOf(kind, before);
    const found = earlier
      ? earlier.filter((entry) => holdsAll(entry, terms))
      : this.scan(kind, terms);
    // Asking each earlier match costs about four times what one pass over all texts does, so
    // only a few are kept for the next letter.
    if (found.length < this.size(kind) / 4) kept.set(kind, found);
    return {
      kind,
      total: found.length,
      hits: (count: number) => best(found, terms, count, MAX_RANKED),
    };
  }

  /** A word's matches as entries, when few enough that asking each beats a fresh scan. */
  private fewOf(kind: SearchKind, matches: WordMatches): SearchEntry[] | undefined {
    const total = matches.count + matches.changed.length;
    return total < this.size(kind) / 4 ? entriesOfWord(matches) : undefined;
  }

  /** Every entry of a kind holding all `terms`: the longest one found in one pass, then the rest. */
  private scan(kind: SearchKind, terms: readonly string[]): SearchEntry[] {
    const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
    return this.table(kind)
      .containing(longest)
      .filter((entry) => holdsAll(entry, terms));
  }

  /**
   * Searches twice and forgets it, right after a plan is read, so the first key press finds the
   * scanning and ranking code already compiled: at L a cold first search took twice as long.
   */
  warm(): void {
    const last = this.last;
    this.everything('ea', 1);
    this.everything('eat', 1);
    this.everything('eat a', 1);
    this.last = last;
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

/**
 * The search entries of one kind, with the texts of all of them joined into one string: one
 * `indexOf` pass over it finds a word far quicker than asking each of 200,000 texts in turn,
 * which is what the first two letters of a word cost at L.
 */
import type { SearchEntry } from './entries';
import {
  entriesOfWord,
  narrowWord,
  scanWord,
  type Haystack,
  type WordMatches,
} from './word-matches';

/**
 * Between two entries' texts. Search words are split on white space, so no word holds it and a
 * match can never run from one entry into the next.
 */
const GAP = '\n';

/**
 * Past this many changes since the texts were joined, they are joined again (for feedback at L,
 * about 80 ms); below it, a scan checks the changed entries one by one.
 */
const MAX_CHANGED = 2_000;

export class KindTable {
  readonly entries: SearchEntry[] = [];
  private readonly positions = new Map<string, number>();
  private haystack: Haystack | null = null;
  /** Ids added, changed or removed since the texts were joined: the haystack is stale for them. */
  private readonly changed = new Set<string>();
  /** Counts changes, so matches found before one are never narrowed after it. */
  private version = 0;

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
    this.noteChange(entry.id);
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
    this.noteChange(id);
    return true;
  }

  /** Entries whose text holds `word` (no white space in it). */
  containing(word: string): SearchEntry[] {
    return entriesOfWord(this.matchWord(word));
  }

  /**
   * Where `word` (no white space in it) occurs. Given the matches of a word it starts with,
   * found since the last change, only those are looked at again.
   */
  matchWord(word: string, before?: WordMatches): WordMatches {
    const haystack = this.haystack ?? this.join();
    const narrowing =
      before !== undefined &&
      before.haystack === haystack &&
      before.version === this.version &&
      word.startsWith(before.word);
    const found = narrowing ? narrowWord(before, word) : scanWord(haystack, word, this.changed);
    const changed: SearchEntry[] = [];
    for (const id of this.changed) {
      const now = this.get(id);
      if (now?.text.includes(word)) changed.push(now);
    }
    return { word, haystack, version: this.version, ...found, changed };
  }

  /** Joins the texts now, for example once a whole table is read, so no key press waits for it. */
  join(): Haystack {
    const entries = [...this.entries];
    const starts = new Int32Array(entries.length + 1);
    // Entries put their title first (entries.ts); ranking reads it there when they do.
    const titleEnds = new Int32Array(entries.length);
    let length = 0;
    entries.forEach((entry, i) => {
      starts[i] = length;
      titleEnds[i] = entry.text.startsWith(entry.titleText) ? length + entry.titleText.length : -1;
      length += entry.text.length + GAP.length;
    });
    starts[entries.length] = length;
    const text = entries.map((entry) => entry.text).join(GAP) + GAP;
    this.haystack = { text, starts, titleEnds, entries };
    this.changed.clear();
    return this.haystack;
  }

  private noteChange(id: string): void {
    this.version += 1;
    if (!this.haystack) return;
    this.changed.add(id);
    if (this.changed.size > MAX_CHANGED) {
      this.haystack = null;
      this.changed.clear();
    }
  }
}

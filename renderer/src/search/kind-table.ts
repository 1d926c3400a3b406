/**
 * The search entries of one kind, with the texts of all of them joined into one string: one
 * `indexOf` pass over it finds a word far quicker than asking each of 200,000 texts in turn,
 * which is what the first two letters of a word cost at L.
 */
import type { SearchEntry } from './entries';

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

interface Haystack {
  text: string;
  /** Where each entry's text starts in `text`, plus one past the end. */
  starts: Int32Array;
  /** The entries as they were when joined, in the same order. */
  entries: readonly SearchEntry[];
}

export class KindTable {
  readonly entries: SearchEntry[] = [];
  private readonly positions = new Map<string, number>();
  private haystack: Haystack | null = null;
  /** Ids added, changed or removed since the texts were joined: the haystack is stale for them. */
  private readonly changed = new Set<string>();

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
    const { text, starts, entries } = this.haystack ?? this.join();
    const changed = this.changed;
    const found: SearchEntry[] = [];
    let entry = 0;
    for (let at = text.indexOf(word); at !== -1;) {
      while ((starts[entry + 1] as number) <= at) entry += 1;
      const match = entries[entry] as SearchEntry;
      if (changed.size === 0 || !changed.has(match.id)) found.push(match);
      // The rest of this entry's text cannot make it match twice.
      at = text.indexOf(word, starts[entry + 1]);
    }
    for (const id of changed) {
      const now = this.get(id);
      if (now?.text.includes(word)) found.push(now);
    }
    return found;
  }

  /** Joins the texts now, for example once a whole table is read, so no key press waits for it. */
  join(): Haystack {
    const entries = [...this.entries];
    const starts = new Int32Array(entries.length + 1);
    let length = 0;
    entries.forEach((entry, i) => {
      starts[i] = length;
      length += entry.text.length + GAP.length;
    });
    starts[entries.length] = length;
    const text = entries.map((entry) => entry.text).join(GAP) + GAP;
    this.haystack = { text, starts, entries };
    this.changed.clear();
    return this.haystack;
  }

  private noteChange(id: string): void {
    if (!this.haystack) return;
    this.changed.add(id);
    if (this.changed.size > MAX_CHANGED) {
      this.haystack = null;
      this.changed.clear();
    }
  }
}

/**
 * One word's matches in a kind's joined texts: which entries hold it and where it first occurs
 * in each. Narrowing them to the word with one more letter, and ranking them, reads only the
 * joined text and these arrays, not the entries: at L, asking each of 12,000 entries' own texts
 * took longer than scanning all 200,000 joined, because every entry is a separate place in memory.
 */
import type { SearchEntry } from './entries';
import { AT_TITLE_START, AT_TITLE_WORD, ELSEWHERE, IN_TITLE, Podium, rank } from './rank';
import { atWordStart, isSeparator } from './rank';

export interface Haystack {
  /** Every entry's text, each followed by a line break (which no search word holds). */
  text: string;
  /** Where each entry's text starts in `text`, plus one past the end. */
  starts: Int32Array;
  /** Where each entry's title ends in `text`, or -1 where its text does not start with it. */
  titleEnds: Int32Array;
  /** The entries as they were when joined, in the same order. */
  entries: readonly SearchEntry[];
}

export interface WordMatches {
  readonly word: string;
  readonly haystack: Haystack;
  /** The table's count of changes when these were found: narrowing needs the same count. */
  readonly version: number;
  /** Matching entries' places in `haystack.entries`, ascending; `count` of them are used. */
  readonly places: Int32Array;
  /** Where the word first occurs in each matching entry's text, in `haystack.text`. */
  readonly firsts: Int32Array;
  readonly count: number;
  /** Entries changed since the texts were joined that hold the word, asked one by one. */
  readonly changed: readonly SearchEntry[];
}

type Found = Pick<WordMatches, 'places' | 'firsts' | 'count'>;

/** One pass over the joined texts; entries in `skip` are stale there and left out. */
export function scanWord(haystack: Haystack, word: string, skip: ReadonlySet<string>): Found {
  const { text, starts, entries } = haystack;
  const places = new Int32Array(entries.length);
  const firsts = new Int32Array(entries.length);
  let count = 0;
  let entry = 0;
  for (let at = text.indexOf(word); at !== -1;) {
    while ((starts[entry + 1] as number) <= at) entry += 1;
    if (skip.size === 0 || !skip.has((entries[entry] as SearchEntry).id)) {
      places[count] = entry;
      firsts[count] = at;
      count += 1;
    }
    // The rest of this entry's text cannot make it match twice.
    at = text.indexOf(word, starts[entry + 1]);
  }
  return { places, firsts, count };
}

/**
 * The matches of `word`, which starts with `before.word`, among those of `before`: where the
 * shorter word first occurs, the longer one mostly does too; where not, the next occurrence of
 * the longer one is looked for once and kept for the entries after it, so the whole costs at
 * most one pass over the joined texts and mostly a few characters per entry.
 */
export function narrowWord(before: WordMatches, word: string): Found {
  const { text, starts } = before.haystack;
  const places = new Int32Array(before.count);
  const firsts = new Int32Array(before.count);
  let count = 0;
  // The first occurrence of `word` after the last place looked from; -1 once there is none.
  let next = 0;
  for (let i = 0; i < before.count; i += 1) {
    const entry = before.places[i] as number;
    const at = before.firsts[i] as number;
    let found = -1;
    if (text.startsWith(word, at)) found = at;
    else if (next !== -1) {
      if (next <= at) next = text.indexOf(word, at + 1);
      if (next !== -1 && next < (starts[entry + 1] as number)) found = next;
    }
    if (found === -1) continue;
    places[count] = entry;
    firsts[count] = found;
    count += 1;
  }
  return { places, firsts, count };
}

/** The score of a single word first found at `at` in the entry at `place`. */
function scoreAt(haystack: Haystack, word: string, place: number, at: number): number {
  const start = haystack.starts[place] as number;
  const titleEnd = haystack.titleEnds[place] as number;
  if (titleEnd < 0) return rank(haystack.entries[place] as SearchEntry, [word]);
  if (at === start) return AT_TITLE_START;
  if (at >= titleEnd) return ELSEWHERE;
  if (isSeparator(haystack.text.charCodeAt(at - 1))) return AT_TITLE_WORD;
  const title = (haystack.entries[place] as SearchEntry).titleText;
  return atWordStart(title, word, at - start) ? AT_TITLE_WORD : IN_TITLE;
}

/** The best `count` of the first `limit` matches, ranked as `rank` does for one word. */
export function bestOfWord(matches: WordMatches, count: number, limit: number): SearchEntry[] {
  const { haystack, word } = matches;
  const podium = new Podium(count);
  const end = Math.min(matches.count, limit);
  for (let i = 0; i < end; i += 1) {
    const place = matches.places[i] as number;
    const titleEnd = haystack.titleEnds[place] as number;
    const entry = haystack.entries[place] as SearchEntry;
    const length =
      titleEnd < 0 ? entry.titleText.length : titleEnd - (haystack.starts[place] as number);
    if (!podium.admits(AT_TITLE_START, length)) continue;
    const score = scoreAt(haystack, word, place, matches.firsts[i] as number);
    podium.offer(entry, score, length);
  }
  for (const entry of matches.changed.slice(0, Math.max(0, limit - end))) {
    podium.offer(entry, rank(entry, [word]), entry.titleText.length);
  }
  return podium.kept;
}

/** The matching entries, in the table's order as joined, then those changed since. */
export function entriesOfWord(matches: WordMatches): SearchEntry[] {
  const found: SearchEntry[] = [];
  for (let i = 0; i < matches.count; i += 1) {
    found.push(matches.haystack.entries[matches.places[i] as number] as SearchEntry);
  }
  return [...found, ...matches.changed];
}

/**
 * How the search orders what matches: words found in the title first, at its start best, then
 * at the start of one of its words; among equals, the shorter title. Only the best few of each
 * kind are shown, so matches are offered to a `Podium` one at a time and nothing is sorted.
 */
import type { SearchEntry } from './entries';

/** A word at the start of the title scores this much; the highest rank is this per word. */
export const AT_TITLE_START = 4;
export const AT_TITLE_WORD = 3;
export const IN_TITLE = 2;
export const ELSEWHERE = 1;

/** Whether a character code separates words: ASCII that is neither letter nor digit. */
export function isSeparator(code: number): boolean {
  return (
    code < 48 || (code > 57 && code < 65) || (code > 90 && code < 97) || (code > 122 && code < 128)
  );
}

/**
 * Whether `term`, first found in `text` at `from`, starts a word of it there or later (folded
 * text: accents are gone, so ASCII suffices).
 */
export function atWordStart(text: string, term: string, from: number): boolean {
  for (let at = from; at > 0; at = text.indexOf(term, at + 1)) {
    if (isSeparator(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** The score of a title that holds `term` first at `at` (-1: not at all). */
export function titleScore(title: string, term: string, at: number): number {
  if (at === 0) return AT_TITLE_START;
  if (at < 0) return ELSEWHERE;
  return atWordStart(title, term, at) ? AT_TITLE_WORD : IN_TITLE;
}

/** An entry's score for `terms`, each of which its text holds. */
export function rank(entry: SearchEntry, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms)
    score += titleScore(entry.titleText, term, entry.titleText.indexOf(term));
  return score;
}

/** The best `count` matches offered, by score and then the shorter title; the first offered wins a tie. */
export class Podium {
  readonly kept: SearchEntry[] = [];
  private readonly scores: number[] = [];
  private readonly lengths: number[] = [];

  constructor(private readonly count: number) {}

  /** Whether a match of this score and title length would be kept: ask before scoring one. */
  admits(score: number, length: number): boolean {
    if (this.kept.length < this.count) return this.count > 0;
    const last = this.count - 1;
    const lastScore = this.scores[last] as number;
    return score > lastScore || (score === lastScore && length < (this.lengths[last] as number));
  }

  offer(entry: SearchEntry, score: number, length: number): void {
    if (!this.admits(score, length)) return;
    const full = this.kept.length === this.count;
    // Insertion: shift the kept ones this match beats one place down.
    let at = full ? this.count - 1 : this.kept.length;
    while (at > 0) {
      const above = this.scores[at - 1] as number;
      if (above > score || (above === score && (this.lengths[at - 1] as number) <= length)) break;
      this.kept[at] = this.kept[at - 1] as SearchEntry;
      this.scores[at] = above;
      this.lengths[at] = this.lengths[at - 1] as number;
      at -= 1;
    }
    this.kept[at] = entry;
    this.scores[at] = score;
    this.lengths[at] = length;
  }
}

/**
 * The best `count` of the first `limit` matches: once the kept ones all have the highest rank
 * there is, only a shorter title can displace one, so longer ones are not ranked.
 */
export function best(
  matches: readonly SearchEntry[],
  terms: readonly string[],
  count: number,
  limit: number,
): SearchEntry[] {
  const podium = new Podium(count);
  const highest = AT_TITLE_START * terms.length;
  const end = Math.min(matches.length, limit);
  for (let i = 0; i < end; i += 1) {
    const entry = matches[i] as SearchEntry;
    const length = entry.titleText.length;
    if (!podium.admits(highest, length)) continue;
    podium.offer(entry, rank(entry, terms), length);
  }
  return podium.kept;
}

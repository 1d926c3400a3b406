/**
 * Ordering and moving products: ranks within a stage, keyboard steps, and stage history.
 * Ranks are fractional-index strings so a move rewrites one record, not the whole column,
 * and two people's moves in copies of a plan merge without renumbering.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { adjacentStage, type Stage } from './lifecycle';
import type { Product, StageEntry } from './product';

/** A rank longer than this is a hostile file; real ones grow a character per few inserts. */
export const MAX_RANK_LENGTH = 1_000;
const RANK_DIGITS = /^[0-9A-Za-z]+$/;
const SMALLEST_RANK = `A${'0'.repeat(26)}`;

/**
 * Whether `rank` is an order key the ranking library can place items around: base-62 digits,
 * a head letter saying how long the integer part is (a–z: 2 to 27 characters, Z–A: 2 to 27),
 * no trailing zero after it, and not the smallest key (nothing could go before it). The
 * library checks the same when asked for a key next to it, and throws; a file's ranks are
 * checked here first so that a bad one is refused on import, not when the user moves a card.
 */
export function isValidRank(rank: string): boolean {
  if (rank.length > MAX_RANK_LENGTH || !RANK_DIGITS.test(rank) || rank === SMALLEST_RANK) {
    return false;
  }
  const head = rank.charCodeAt(0);
  const isLower = head >= 97 && head <= 122;
  const isUpper = head >= 65 && head <= 90;
  if (!isLower && !isUpper) return false;
  const integerLength = isLower ? head - 97 + 2 : 90 - head + 2;
  if (rank.length < integerLength) return false;
  return rank.length === integerLength || !rank.endsWith('0');
}

export interface Ranked {
  id: string;
  rank: string;
}

export function compareByRank(a: Ranked, b: Ranked): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByRank<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareByRank);
}

export interface Placement {
  rank: string;
  /** Other items whose rank had to change (only when neighbours shared a rank). */
  reranked: Ranked[];
}

/**
 * Where an item lands at `index` in a column that does not contain it (sorted by rank).
 * Neighbours with equal or disordered ranks (possible after a merge) are re-spread first.
 */
export function placeAt(column: readonly Ranked[], index: number): Placement {
  const at = Math.max(0, Math.min(index, column.length));
  const before = column[at - 1]?.rank ?? null;
  const after = column[at]?.rank ?? null;
  if (before === null || after === null || before < after) {
    return { rank: generateKeyBetween(before, after), reranked: [] };
  }
  const keys = generateNKeysBetween(null, null, column.length + 1);
  const reranked: Ranked[] = [];
  let key = 0;
  column.forEach((item, i) => {
    if (i === at) key += 1;
    const rank = keys[key++] as string;
    if (rank !== item.rank) reranked.push({ id: item.id, rank });
  });
  return { rank: keys[at] as string, reranked };
}

/** A rank after every item of the column: where new products go. */
export function rankAtEnd(column: readonly Ranked[]): string {
  const sorted = sortByRank(column);
  return placeAt(sorted, sorted.length).rank;
}

export type MoveDirection = 'left' | 'right' | 'up' | 'down';

/** The arrow keys that, with Alt, move a card. */
export const ARROW_DIRECTIONS: Readonly<Record<string, MoveDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface MoveTarget {
  stage: Stage;
  index: number;
}

/**
 * Where one keyboard step takes a product: left/right to the neighbouring stage at the same
 * row (or the end of a shorter column), up/down within the stage. Null at an edge.
 * `columnOf` returns a stage's visible products sorted by rank.
 */
export function stepTarget(
  product: Pick<Product, 'id' | 'stage'>,
  direction: MoveDirection,
  columnOf: (stage: Stage) => readonly Ranked[],
): MoveTarget | null {
  const column = columnOf(product.stage);
  const index = column.findIndex((item) => item.id === product.id);
  if (index < 0) return null;
  if (direction === 'up') return index === 0 ? null : { stage: product.stage, index: index - 1 };
  if (direction === 'down') {
    return index === column.length - 1 ? null : { stage: product.stage, index: index + 1 };
  }
  const stage = adjacentStage(product.stage, direction === 'left' ? -1 : 1);
  if (stage === null) return null;
  return { stage, index: Math.min(index, columnOf(stage).length) };
}

/**
 * The product a mover lands right after, given the target column as shown (sorted, without
 * the mover) and the index it is dropped at; null means the top of the column.
 */
export function neighbourBefore(shown: readonly Ranked[], index: number): string | null {
  return index <= 0 ? null : (shown[Math.min(index, shown.length) - 1]?.id ?? null);
}

/** The stage history after a move: a new entry only when the stage really changes. */
export function historyAfterMove(
  history: readonly StageEntry[],
  from: Stage,
  to: Stage,
  at: string,
): StageEntry[] {
  if (from === to) return [...history];
  return [...history, { stage: to, enteredAt: at }];
}

/** When the product entered its current stage (falls back to its creation). */
export function enteredCurrentStageAt(
  product: Pick<Product, 'stage' | 'stageHistory' | 'createdAt'>,
): string {
  const last = product.stageHistory[product.stageHistory.length - 1];
  return last && last.stage === product.stage ? last.enteredAt : product.createdAt;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the product entered its current stage (never negative). */
export function daysInStage(
  product: Pick<Product, 'stage' | 'stageHistory' | 'createdAt'>,
  now: Date,
): number {
  const since = Date.parse(enteredCurrentStageAt(product));
  if (Number.isNaN(since)) return 0;
  return Math.max(0, Math.floor((now.getTime() - since) / DAY_MS));
}

/** "today", "1 day", "12 days", "3 months", "2 years": short enough for a card. */
export function formatDays(days: number): string {
  if (days < 1) return 'today';
  if (days < 60) return days === 1 ? '1 day' : `${days} days`;
  if (days < 730) return `${Math.floor(days / 30.44)} months`;
  return `${Math.floor(days / 365.25)} years`;
}

/**
 * The roadmap: open backlog items of every product in Now / Next / Later. An item the PM
 * placed keeps its place; otherwise it is placed from what is known about it: work in
 * progress is Now, planned work is Next (or Now when its milestone is close), ideas are Later.
 * Shipped and dropped items are off the roadmap.
 */
import { daysBetween } from './calendar';
import type { Product } from './product';
import { riceScore } from './rice';
import type { RoadmapEntry } from './roadmap-row';
import { HORIZONS, type BacklogItem, type Horizon, type Moscow } from './workspace';

export const HORIZON_LABELS: Record<Horizon, string> = { now: 'Now', next: 'Next', later: 'Later' };

/** Planned work whose milestone falls within this many days is Now. */
export const NOW_WINDOW_DAYS = 30;
/** Planned work whose milestone is further away than this is Later. */
export const NEXT_WINDOW_DAYS = 90;

export function isOnRoadmap(backlogItem: Pick<BacklogItem, 'status'>): boolean {
  return backlogItem.status !== 'shipped' && backlogItem.status !== 'wont-do';
}

/**
 * Where an open item belongs. `milestoneDate` is the date of its milestone, if it has one;
 * `today` is the local calendar date (YYYY-MM-DD).
 */
export function horizonOf(
  backlogItem: Pick<BacklogItem, 'status' | 'horizon'>,
  milestoneDate: string | null,
  today: string,
): Horizon {
  if (backlogItem.horizon) return backlogItem.horizon;
  if (backlogItem.status === 'in-progress') return 'now';
  if (milestoneDate !== null) {
    const days = daysBetween(today, milestoneDate);
    if (days <= NOW_WINDOW_DAYS) return 'now';
    if (days > NEXT_WINDOW_DAYS) return 'later';
    return 'next';
  }
  return backlogItem.status === 'planned' ? 'next' : 'later';
}

/** The horizon one step left (-1) or right (+1), or null past either end. */
export function adjacentHorizon(horizon: Horizon, step: -1 | 1): Horizon | null {
  return HORIZONS[HORIZONS.indexOf(horizon) + step] ?? null;
}

export interface RoadmapFilter {
  productId: string | null;
  tag: string | null;
  moscow: Moscow | 'unset' | null;
}

export const NO_FILTER: RoadmapFilter = { productId: null, tag: null, moscow: null };

export interface RoadmapItem {
  backlogItem: RoadmapEntry;
  product: Product;
  horizon: Horizon;
  /**
   * The item's RICE score, worked out once as it is placed rather than at each comparison of
   * a sort. Kept on the item rather than beside it: a large roadmap places 66,000 items
   * before it draws, and an object fewer per item is that much less to make and collect.
   */
  score: number | null;
}

export type RoadmapColumns = Record<Horizon, RoadmapItem[]>;

/** Open items of live products that pass the filter, each in its column, not yet in order. */
export type PlacedRoadmap = Readonly<Record<Horizon, readonly RoadmapItem[]>>;

/** The open items of live products that pass the filter, placed in their columns. */
export function placeRoadmap(
  backlogItems: readonly RoadmapEntry[],
  products: readonly Product[],
  milestoneDates: ReadonlyMap<string, string>,
  filter: RoadmapFilter,
  today: string,
): PlacedRoadmap {
  const tag = filter.tag?.toLocaleLowerCase() ?? null;
  // Which products show, decided once per product rather than once per item (100,000 at L).
  const shown = new Map<string, Product>();
  for (const product of products) {
    if (product.archived) continue;
    if (filter.productId && product.id !== filter.productId) continue;
    if (tag && !product.tags.some((t) => t.toLocaleLowerCase() === tag)) continue;
    shown.set(product.id, product);
  }
  const placed: Record<Horizon, RoadmapItem[]> = { now: [], next: [], later: [] };
  for (const backlogItem of backlogItems) {
    if (!isOnRoadmap(backlogItem)) continue;
    const product = shown.get(backlogItem.productId);
    if (!product) continue;
    if (filter.moscow === 'unset' && backlogItem.moscow !== null) continue;
    if (filter.moscow && filter.moscow !== 'unset' && backlogItem.moscow !== filter.moscow)
      continue;
    const milestone = backlogItem.milestoneId
      ? (milestoneDates.get(backlogItem.milestoneId) ?? null)
      : null;
    const horizon = horizonOf(backlogItem, milestone, today);
    placed[horizon].push({ backlogItem, product, horizon, score: riceScore(backlogItem) });
  }
  return placed;
}

/** Each column's item count. */
export function roadmapCounts(placed: PlacedRoadmap): Record<Horizon, number> {
  return { now: placed.now.length, next: placed.next.length, later: placed.later.length };
}

/** Each column in order: by RICE score (highest first, unscored last), then by backlog order. */
export function orderRoadmap(placed: PlacedRoadmap): RoadmapColumns {
  const columns: RoadmapColumns = { now: [], next: [], later: [] };
  for (const horizon of HORIZONS) {
    columns[horizon] = [...placed[horizon]].sort(byScore);
  }
  return columns;
}

/**
 * The first `count` items of each column as `orderRoadmap` orders them, found without ordering
 * the rest: at L a column holds about 20,000 items, and its first screen needs a dozen.
 */
export function firstOfRoadmap(placed: PlacedRoadmap, count: number): RoadmapColumns {
  const columns: RoadmapColumns = { now: [], next: [], later: [] };
  for (const horizon of HORIZONS) {
    const kept: RoadmapItem[] = [];
    for (const entry of placed[horizon]) {
      if (
        kept.length === count &&
        (count === 0 || byScore(entry, kept[count - 1] as RoadmapItem) > 0)
      )
        continue;
      // Where it goes among those kept: after every one that comes before it.
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (byScore(kept[middle] as RoadmapItem, entry) < 0) low = middle + 1;
        else high = middle;
      }
      kept.splice(low, 0, entry);
      if (kept.length > count) kept.pop();
    }
    columns[horizon] = kept;
  }
  return columns;
}

/**
 * The roadmap's columns: open items of live products that pass the filter, each column
 * ordered by RICE score (highest first, unscored last), then by backlog order.
 */
export function buildRoadmap(
  backlogItems: readonly RoadmapEntry[],
  products: readonly Product[],
  milestoneDates: ReadonlyMap<string, string>,
  filter: RoadmapFilter,
  today: string,
): RoadmapColumns {
  return orderRoadmap(placeRoadmap(backlogItems, products, milestoneDates, filter, today));
}

/** As `compareByScore` (highest first, unscored last, then backlog order), then by id. */
function byScore(a: RoadmapItem, b: RoadmapItem): number {
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  }
  const x = a.backlogItem;
  const y = b.backlogItem;
  if (x.rank !== y.rank) return x.rank < y.rank ? -1 : 1;
  return compareIds(x, y);
}

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every tag of the live products, sorted for a filter menu, first spelling kept. */
export function productTags(products: readonly Product[]): string[] {
  const seen = new Map<string, string>();
  for (const product of products) {
    if (product.archived) continue;
    for (const tag of product.tags) {
      const key = tag.toLocaleLowerCase();
      if (!seen.has(key)) seen.set(key, tag);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

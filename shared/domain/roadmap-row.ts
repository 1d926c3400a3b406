/**
 * A product's roadmap row: the fields the roadmap draws and orders by, of each of the
 * product's open backlog items, kept beside the items as they change. The roadmap of a plan
 * then reads one row per product (5,000) instead of every backlog item (100,000, each with
 * its description, dates and links), and the row's items sit in one JSON string, which costs
 * far less to read back from the database than an object per item.
 */
import { rowsPerGroup } from './records';
import { isOnRoadmap } from './roadmap';
import { BACKLOG_STATUSES, HORIZONS, IMPACT_SCALE, MOSCOW, type BacklogItem } from './workspace';

export type RoadmapEntry = Pick<
  BacklogItem,
  | 'id'
  | 'productId'
  | 'title'
  | 'status'
  | 'moscow'
  | 'reach'
  | 'impact'
  | 'confidence'
  | 'effort'
  | 'rank'
  | 'horizon'
  | 'milestoneId'
>;

export interface RoadmapRow {
  productId: string;
  planId: string;
  /** The open items' fields as JSON tuples, in the order of `toTuple`. */
  entries: string;
}

type Owner = Pick<BacklogItem, 'productId' | 'planId'>;

const toTuple = (e: RoadmapEntry) => [
  e.id,
  e.title,
  e.status,
  e.moscow,
  e.reach,
  e.impact,
  e.confidence,
  e.effort,
  e.rank,
  e.horizon,
  e.milestoneId,
];

const oneOf =
  <T>(values: readonly T[]) =>
  (x: unknown): x is T =>
    values.includes(x as T);
const isString = (x: unknown): x is string => typeof x === 'string';
const orNull =
  <T>(check: (x: unknown) => x is T) =>
  (x: unknown): x is T | null =>
    x === null || check(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

const FIELD_CHECKS = [
  isString,
  isString,
  oneOf(BACKLOG_STATUSES),
  orNull(oneOf(MOSCOW)),
  orNull(isNumber),
  orNull(oneOf(IMPACT_SCALE)),
  orNull(isNumber),
  orNull(isNumber),
  isString,
  orNull(oneOf(HORIZONS)),
  orNull(isString),
] as const;

function fromTuple(productId: string, tuple: unknown): RoadmapEntry | null {
  if (!Array.isArray(tuple) || tuple.length !== FIELD_CHECKS.length) return null;
  if (!FIELD_CHECKS.every((check, i) => check(tuple[i]))) return null;
  // Each field was checked above, position by position.
  const [id, title, status, moscow, reach, impact, confidence, effort, rank, horizon, milestoneId] =
    tuple as [
      RoadmapEntry['id'],
      RoadmapEntry['title'],
      RoadmapEntry['status'],
      RoadmapEntry['moscow'],
      RoadmapEntry['reach'],
      RoadmapEntry['impact'],
      RoadmapEntry['confidence'],
      RoadmapEntry['effort'],
      RoadmapEntry['rank'],
      RoadmapEntry['horizon'],
      RoadmapEntry['milestoneId'],
    ];
  return {
    id,
    productId,
    title,
    status,
    moscow,
    reach,
    impact,
    confidence,
    effort,
    rank,
    horizon,
    milestoneId,
  };
}

/** The row's entries, or null when its stored form cannot be read (it is then made again). */
export function entriesOf(row: RoadmapRow): RoadmapEntry[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.entries);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const entries: RoadmapEntry[] = [];
  for (const tuple of parsed) {
    const entry = fromTuple(row.productId, tuple);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}

/** The row of `owner`'s product made of those of `items` on the roadmap, or null if none. */
export function roadmapRowOf(owner: Owner, items: readonly RoadmapEntry[]): RoadmapRow | null {
  const open = items.filter(isOnRoadmap);
  if (open.length === 0) return null;
  const ordered = [...open].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    productId: owner.productId,
    planId: owner.planId,
    entries: JSON.stringify(ordered.map(toTuple)),
  };
}

/** Every product's row among `items` (a whole plan's, or a whole database's). */
export function roadmapRowsOf(items: readonly BacklogItem[]): RoadmapRow[] {
  return rowsPerGroup(items, (item) => item.productId, roadmapRowOf);
}

/**
 * The row after some of the product's items changed: `removed` are the ids of every item
 * written or deleted, `written` the items as now stored. Null means no open item is left;
 * 'reread' that the stored row could not be read, so the product's items must be read.
 */
export function revisedRoadmapRow(
  before: RoadmapRow | undefined,
  removed: ReadonlySet<string>,
  written: readonly BacklogItem[],
): RoadmapRow | null | 'reread' {
  const known = before ? entriesOf(before) : [];
  if (known === null) return 'reread';
  const owner = written[0] ?? before;
  if (!owner) return null;
  return roadmapRowOf(owner, [...known.filter((e) => !removed.has(e.id)), ...written]);
}

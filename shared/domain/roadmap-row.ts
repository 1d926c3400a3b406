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

const STATUS_SET: ReadonlySet<unknown> = new Set(BACKLOG_STATUSES);
const MOSCOW_SET: ReadonlySet<unknown> = new Set(MOSCOW);
const IMPACT_SET: ReadonlySet<unknown> = new Set(IMPACT_SCALE);
const HORIZON_SET: ReadonlySet<unknown> = new Set(HORIZONS);

const among = <T>(set: ReadonlySet<unknown>, x: unknown): x is T => set.has(x);
const amongOrNull = <T>(set: ReadonlySet<unknown>, x: unknown): x is T | null =>
  x === null || set.has(x);
const numberOrNull = (x: unknown): x is number | null =>
  x === null || (typeof x === 'number' && Number.isFinite(x));

/**
 * The entry of one stored tuple, each field checked where it stands. Written out rather than
 * as a list of checks: the roadmap reads 66,000 entries of a large plan before it draws, and
 * the list of closures took 63 ms of that here, these checks about a quarter.
 */
function fromTuple(productId: string, tuple: unknown): RoadmapEntry | null {
  if (!Array.isArray(tuple) || tuple.length !== 11) return null;
  // By index: a destructuring pattern walks the tuple with an iterator, which cost more here.
  const fields = tuple as unknown[];
  const id = fields[0];
  const title = fields[1];
  const status = fields[2];
  const moscow = fields[3];
  const reach = fields[4];
  const impact = fields[5];
  const confidence = fields[6];
  const effort = fields[7];
  const rank = fields[8];
  const horizon = fields[9];
  const milestoneId = fields[10];
  if (typeof id !== 'string' || typeof title !== 'string' || typeof rank !== 'string') return null;
  if (!among<RoadmapEntry['status']>(STATUS_SET, status)) return null;
  if (!amongOrNull<RoadmapEntry['moscow']>(MOSCOW_SET, moscow)) return null;
  if (!amongOrNull<RoadmapEntry['impact']>(IMPACT_SET, impact)) return null;
  if (!amongOrNull<RoadmapEntry['horizon']>(HORIZON_SET, horizon)) return null;
  if (!numberOrNull(reach) || !numberOrNull(confidence) || !numberOrNull(effort)) return null;
  if (milestoneId !== null && typeof milestoneId !== 'string') return null;
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

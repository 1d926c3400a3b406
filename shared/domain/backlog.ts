/**
 * Rules of a product's backlog that the table, the feedback list and closing the loop share:
 * the order items are shown in, MoSCoW groups, status filters, how much feedback backs an
 * item, and who to tell once an item ships. Pure: no storage, no clock but the one passed in.
 */
import { compareByRank } from './moves';
import { compareByScore } from './rice';
import {
  BACKLOG_STATUSES,
  MOSCOW,
  MOSCOW_LABELS,
  type BacklogItem,
  type BacklogStatus,
  type Feedback,
  type Moscow,
} from './workspace';

export type BacklogSort = 'manual' | 'score';
export const BACKLOG_SORT_LABELS: Record<BacklogSort, string> = {
  manual: 'Manual order',
  score: 'RICE score',
};

type SortableBacklogItem = Pick<
  BacklogItem,
  'id' | 'rank' | 'reach' | 'impact' | 'confidence' | 'effort'
>;

/** Manual order is the rank; by score, highest first and unscored items last in rank order. */
export function sortBacklog<T extends SortableBacklogItem>(
  items: readonly T[],
  sort: BacklogSort,
): T[] {
  const byRank = [...items].sort(compareByRank);
  // Sorting the rank order again keeps ties (and the unscored) in manual order.
  return sort === 'score' ? byRank.sort(compareByScore) : byRank;
}

export interface MoscowGroup<T> {
  /** null: items nobody has given a MoSCoW category yet. */
  moscow: Moscow | null;
  label: string;
  items: T[];
}

export const MOSCOW_NOT_SET_LABEL = 'Not set';

/** Must, Should, Could, Won't, then Not set; only groups that hold items, each in given order. */
export function groupByMoscow<T extends Pick<BacklogItem, 'moscow'>>(
  items: readonly T[],
): MoscowGroup<T>[] {
  const keys: (Moscow | null)[] = [...MOSCOW, null];
  return keys
    .map((moscow) => ({
      moscow,
      label: moscow === null ? MOSCOW_NOT_SET_LABEL : MOSCOW_LABELS[moscow],
      items: items.filter((item) => (item.moscow ?? null) === moscow),
    }))
    .filter((group) => group.items.length > 0);
}

/** 'all', or the one status to show. */
export type StatusFilter = BacklogStatus | 'all';

export function isStatusFilter(value: string): value is StatusFilter {
  return value === 'all' || (BACKLOG_STATUSES as readonly string[]).includes(value);
}

export function filterByStatus<T extends Pick<BacklogItem, 'status'>>(
  items: readonly T[],
  filter: StatusFilter,
): T[] {
  return filter === 'all' ? [...items] : items.filter((item) => item.status === filter);
}

/**
 * Customers are typed by hand in many places, so "Acme Corp", " acme  corp" and "ACME CORP"
 * are the same customer. Blank means no customer was named.
 */
export function customerKey(customer: string): string {
  return customer.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export interface Backing {
  entries: number;
  /** Distinct named customers (see customerKey); entries without a customer count as none. */
  customers: number;
}

const NO_BACKING: Backing = { entries: 0, customers: 0 };

/** How many feedback entries and distinct customers back each backlog item, by backlog item id. */
export function backingByBacklogItem(
  feedback: readonly Pick<Feedback, 'backlogItemId' | 'customer'>[],
): Map<string, Backing> {
  const entries = new Map<string, number>();
  const customers = new Map<string, Set<string>>();
  for (const entry of feedback) {
    if (entry.backlogItemId === null) continue;
    entries.set(entry.backlogItemId, (entries.get(entry.backlogItemId) ?? 0) + 1);
    const key = customerKey(entry.customer);
    if (key === '') continue;
    let set = customers.get(entry.backlogItemId);
    if (!set) customers.set(entry.backlogItemId, (set = new Set()));
    set.add(key);
  }
  const result = new Map<string, Backing>();
  for (const [backlogItemId, count] of entries) {
    result.set(backlogItemId, {
      entries: count,
      customers: customers.get(backlogItemId)?.size ?? 0,
    });
  }
  return result;
}

export function backingOf(backing: ReadonlyMap<string, Backing>, backlogItemId: string): Backing {
  return backing.get(backlogItemId) ?? NO_BACKING;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 entries · 2 customers" */
export function backingLabel(backing: Backing): string {
  return `${plural(backing.entries, 'entry', 'entries')} · ${plural(backing.customers, 'customer', 'customers')}`;
}

/** One customer who asked for a shipped item, and whether they have been told. */
export interface FollowUp {
  /** The customer as first written in their earliest feedback. */
  customer: string;
  key: string;
  /** Their feedback entries linked to the item. */
  entryIds: string[];
  /** Told when every one of their entries for the item is marked told. */
  told: boolean;
  /** The latest time one of their entries was marked told (ISO 8601), once all are. */
  toldAt: string | null;
}

type FollowUpEntry = Pick<
  Feedback,
  'id' | 'backlogItemId' | 'customer' | 'notifiedAt' | 'date' | 'createdAt'
>;

const byWhenGiven = (a: FollowUpEntry, b: FollowUpEntry) =>
  a.date.localeCompare(b.date) ||
  a.createdAt.localeCompare(b.createdAt) ||
  a.id.localeCompare(b.id);

/**
 * The distinct customers whose feedback is linked to the item, by name: a customer marked
 * told stays in place, so the list does not jump under the PM's hand. Entries with no
 * customer are left out: there is nobody to tell.
 */
export function whoToTell(backlogItemId: string, feedback: readonly FollowUpEntry[]): FollowUp[] {
  const byCustomer = new Map<string, FollowUpEntry[]>();
  for (const entry of [...feedback].sort(byWhenGiven)) {
    if (entry.backlogItemId !== backlogItemId) continue;
    const key = customerKey(entry.customer);
    if (key === '') continue;
    const list = byCustomer.get(key);
    if (list) list.push(entry);
    else byCustomer.set(key, [entry]);
  }
  const followUps = [...byCustomer].map(([key, entries]): FollowUp => {
    const told = entries.every((entry) => entry.notifiedAt !== null);
    const toldAt = told
      ? entries.map((entry) => entry.notifiedAt as string).reduce((a, b) => (a > b ? a : b))
      : null;
    return {
      customer: (entries[0] as FollowUpEntry).customer.replace(/\s+/g, ' ').trim(),
      key,
      entryIds: entries.map((entry) => entry.id),
      told,
      toldAt,
    };
  });
  return followUps.sort(
    (a, b) =>
      a.customer.localeCompare(b.customer, 'en', { sensitivity: 'base' }) ||
      a.key.localeCompare(b.key),
  );
}

export interface ShippedFollowUp<F> {
  backlogItem: F;
  followUps: FollowUp[];
}

/**
 * Every shipped item with customers to follow up, the most recently shipped first; items
 * whose feedback names nobody are left out.
 */
export function shippedFollowUps<
  F extends Pick<BacklogItem, 'id' | 'status' | 'shippedOn' | 'rank'>,
>(backlogItems: readonly F[], feedback: readonly FollowUpEntry[]): ShippedFollowUp<F>[] {
  // Feedback grouped once, so a long history of shipped items does not rescan all of it.
  const byBacklogItem = new Map<string, FollowUpEntry[]>();
  for (const entry of feedback) {
    if (entry.backlogItemId === null) continue;
    const list = byBacklogItem.get(entry.backlogItemId);
    if (list) list.push(entry);
    else byBacklogItem.set(entry.backlogItemId, [entry]);
  }
  return backlogItems
    .filter((backlogItem) => backlogItem.status === 'shipped')
    .map((backlogItem) => ({
      backlogItem,
      followUps: whoToTell(backlogItem.id, byBacklogItem.get(backlogItem.id) ?? []),
    }))
    .filter((item) => item.followUps.length > 0)
    .sort(
      (a, b) =>
        (b.backlogItem.shippedOn ?? '').localeCompare(a.backlogItem.shippedOn ?? '') ||
        compareByRank(a.backlogItem, b.backlogItem),
    );
}

/**
 * The status and ship date after a status change: shipping stamps today unless a date is
 * already set; leaving "shipped" clears it, so a ship date always means shipped.
 */
export function statusChange(
  before: Pick<BacklogItem, 'status' | 'shippedOn'>,
  status: BacklogStatus,
  today: string,
): Pick<BacklogItem, 'status' | 'shippedOn'> {
  if (status !== 'shipped') return { status, shippedOn: null };
  return { status, shippedOn: before.shippedOn ?? today };
}

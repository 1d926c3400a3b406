/**
 * Which of many ids a table holds. Asking for each id (`bulkGet`) is one IndexedDB request
 * per id, about 70 µs each in Chromium: the half a million ids of a large plan's import take
 * half a minute per table asked. Reading every key of the table in one request costs about a
 * tenth of that per key, so it is chosen whenever the table is not much larger than the list.
 */
import type { Table } from 'dexie';

/** Up to this many ids, asking for each is as quick as anything and reads no other key. */
const FEW = 64;
/** How many keys read in one request cost about as much as one id asked for on its own. */
const KEYS_PER_ASK = 8;

/** The ids among `ids` that `table` holds a record under. */
export async function presentIds(
  table: Pick<Table<unknown, string>, 'bulkGet' | 'count' | 'toCollection'>,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  if (ids.length > FEW && (await table.count()) <= ids.length * KEYS_PER_ASK) {
    const wanted = new Set(ids);
    const keys = await table.toCollection().primaryKeys();
    return new Set(keys.filter((key) => wanted.has(key)));
  }
  const found = await table.bulkGet([...ids]);
  return new Set(ids.filter((_, i) => found[i] !== undefined));
}

/**
 * The records of `table` under the ids among `ids` that it holds, each with the position of
 * its id in `ids`, in that order.
 */
export async function recordsAmong<T>(
  table: Pick<Table<T, string>, 'bulkGet' | 'count' | 'toCollection'>,
  ids: readonly string[],
): Promise<{ at: number; record: T }[]> {
  const present = await presentIds(table, ids);
  const at: number[] = [];
  ids.forEach((id, i) => {
    if (present.has(id)) at.push(i);
  });
  const records = await table.bulkGet(at.map((i) => ids[i] ?? ''));
  return at.flatMap((i, n) => {
    const record = records[n];
    return record === undefined ? [] : [{ at: i, record }];
  });
}

/** Fields every stored record carries: id, planId, createdAt, updatedAt (docs/plan-file.md). */
export interface RecordBase {
  id: string;
  planId: string;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601; merges keep the side with the newer value. */
  updatedAt: string;
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/** Records grouped by a key of each (their product, their KPI), each group in the given order. */
export function groupBy<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

/**
 * A row per group of `records` by `keyOf`, made by `rowOf` from the group's first record (which
 * names the owner) and the whole group; a group that makes no row is left out.
 */
export function rowsPerGroup<T, Row>(
  records: readonly T[],
  keyOf: (record: T) => string,
  rowOf: (first: T, group: readonly T[]) => Row | null,
): Row[] {
  const rows: Row[] = [];
  for (const group of groupBy(records, keyOf).values()) {
    const row = group[0] && rowOf(group[0], group);
    if (row) rows.push(row);
  }
  return rows;
}

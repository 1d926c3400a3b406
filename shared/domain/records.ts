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

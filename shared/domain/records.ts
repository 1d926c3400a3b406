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

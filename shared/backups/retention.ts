/**
 * Which automatic backups of a plan to keep: the newest 20 (or as many as the user's settings
 * say), and the newest of each day for the last 30 days, as long as together they fit a byte
 * budget: a large plan keeps fewer full copies, a small one all of them. Main applies it to
 * the files in a plan's backup folder, the browser build to the backups kept in IndexedDB, so
 * both hosts keep the same history.
 */
export const KEEP_NEWEST = 20;
export const KEEP_DAILY_FOR_DAYS = 30;
/** What one plan's automatic backups may take together (the newest is kept whatever its size). */
export const BACKUP_BYTE_BUDGET = 200 * 2 ** 20;

export interface BackupStamp {
  id: string;
  /** ISO 8601 */
  createdAt: string;
  /** What the backup takes where it is stored; unknown sizes count as nothing. */
  bytes?: number;
}

/** The calendar day of a timestamp in UTC, so the answer does not depend on the laptop's zone. */
function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** The ids to delete, given every backup of one plan. */
export function backupsToDelete(
  backups: readonly BackupStamp[],
  now: Date,
  keepNewest: number = KEEP_NEWEST,
  byteBudget: number = BACKUP_BYTE_BUDGET,
): string[] {
  const newestFirst = [...backups].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
  const keep = new Set(newestFirst.slice(0, Math.max(1, Math.floor(keepNewest))).map((b) => b.id));
  const oldestDaily = new Date(now.getTime() - KEEP_DAILY_FOR_DAYS * 24 * 60 * 60 * 1000);
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (Date.parse(backup.createdAt) < oldestDaily.getTime()) continue;
    const day = dayOf(backup.createdAt);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
  // Newest first, the kept ones fill the budget; past it, older ones go (never the newest).
  let used = 0;
  for (const [i, backup] of newestFirst.entries()) {
    if (!keep.has(backup.id)) continue;
    used += backup.bytes ?? 0;
    if (i > 0 && used > byteBudget) keep.delete(backup.id);
  }
  return newestFirst.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

import { describe, expect, it } from 'vitest';
import { backupsToDelete, KEEP_NEWEST, type BackupStamp } from '../../../shared/backups/retention';

const now = new Date('2026-11-25T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;

function hourly(count: number, from = now): BackupStamp[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    createdAt: new Date(from.getTime() - i * HOUR).toISOString(),
  }));
}

describe('backup retention', () => {
  it('keeps everything while there are at most 20 backups', () => {
    expect(backupsToDelete(hourly(20), now)).toEqual([]);
  });

  it('keeps the newest 20 plus the newest of each earlier day within 30 days', () => {
    // One every hour for 40 days: 960 backups.
    const all = hourly(40 * 24);
    const deleted = new Set(backupsToDelete(all, now));
    const kept = all.filter((b) => !deleted.has(b.id));
    for (const b of all.slice(0, 20)) expect(deleted.has(b.id)).toBe(false);
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    // The 20 newest span today and yesterday; then one per day back to 30 days ago.
    expect(days.size).toBe(31);
    expect(kept.length).toBe(20 + 29);
    const oldest = kept.map((b) => Date.parse(b.createdAt)).sort((a, b) => a - b)[0] as number;
    expect(now.getTime() - oldest).toBeLessThanOrEqual(30 * 24 * HOUR);
  });

  it('lets go of daily backups older than 30 days once 20 newer ones exist', () => {
    const old = { id: 'old', createdAt: '2026-09-01T10:00:00.000Z' };
    expect(backupsToDelete([old, ...hourly(20)], now)).toEqual(['old']);
    expect(backupsToDelete([old, ...hourly(5)], now)).toEqual([]);
  });
});

describe('backup retention by bytes', () => {
  const sized = (count: number, bytes: number) => hourly(count).map((b) => ({ ...b, bytes }));

  it('keeps every copy of a small plan that fits the budget', () => {
    expect(backupsToDelete(sized(20, 1_000), now, KEEP_NEWEST, 100_000)).toEqual([]);
  });

  it('keeps fewer full copies of a large plan, dropping the oldest first', () => {
    const all = sized(20, 45);
    const deleted = backupsToDelete(all, now, KEEP_NEWEST, 200);
    // 4 copies of 45 fit in 200; the fifth would not.
    expect(deleted).toEqual(all.slice(4).map((b) => b.id));
  });

  it('always keeps the newest backup, even when it alone is over the budget', () => {
    const all = sized(3, 500);
    expect(backupsToDelete(all, now, KEEP_NEWEST, 100)).toEqual(['b1', 'b2']);
  });
});

describe('the number of newest backups the user keeps', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  // Ten backups on one day: the daily rule keeps only the newest of them.
  const sameDay = Array.from({ length: 10 }, (_, i) => ({
    id: `b${i}`,
    createdAt: `2026-03-10T0${i}:00:00.000Z`,
  }));

  it('keeps as many as the setting says', () => {
    expect(backupsToDelete(sameDay, now, 3).sort()).toEqual(
      ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6'].sort(),
    );
  });

  it('always keeps at least the newest one', () => {
    expect(backupsToDelete(sameDay, now, 0)).toHaveLength(9);
  });
});

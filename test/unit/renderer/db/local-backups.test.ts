import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_REASON,
  backupText,
  writeLocalBackup,
} from '../../../../renderer/src/db/backups';
import { backUpPlan } from '../../../../renderer/src/db/plan-backup';
import { snapshotPlan } from '../../../../renderer/src/db/plan-snapshot';
import { makeDb, makePlan } from './factories';

const HOUR = 60 * 60 * 1000;

describe('backups kept in the database (browser build)', () => {
  it('keeps the newest 20 automatic backups of a plan and never prunes other kinds', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Kept');
    const file = await snapshotPlan(db, plan.id);
    if (!file) throw new Error('no plan');
    await backUpPlan(
      db,
      file,
      'Before replacing with x.lcplan',
      new Date('2026-11-20T00:00:00.000Z'),
    );
    const start = new Date('2026-11-25T00:00:00.000Z').getTime();
    for (let i = 0; i < 25; i += 1) {
      const result = await writeLocalBackup(
        db,
        { planId: plan.id, planName: 'Kept', products: 0, contents: `{"n":${i}}` },
        new Date(start + i * 60_000),
      );
      expect(result.status).toBe('saved');
    }
    const rows = await db.backups.toArray();
    const automatic = rows.filter((b) => b.reason === AUTOMATIC_REASON);
    // 20 newest, plus the newest of the day before (none: all were written on one day).
    expect(automatic).toHaveLength(20);
    const texts = await Promise.all(automatic.map((b) => backupText(db, b)));
    expect(texts).toContain('{"n":24}');
    expect(texts).not.toContain('{"n":0}');
    expect(rows.filter((b) => b.reason !== AUTOMATIC_REASON)).toHaveLength(1);
  });

  it('keeps as many of the newest as the user’s setting asks', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Few');
    const start = new Date('2026-11-25T00:00:00.000Z').getTime();
    for (let i = 0; i < 6; i += 1) {
      await writeLocalBackup(
        db,
        { planId: plan.id, planName: 'Few', products: 0, contents: `{"n":${i}}`, keep: 3 },
        new Date(start + i * 60_000),
      );
    }
    const rows = await db.backups.toArray();
    const kept = (await Promise.all(rows.map((b) => backupText(db, b)))).sort();
    expect(kept).toEqual(['{"n":3}', '{"n":4}', '{"n":5}']);
  });

  it('keeps one automatic backup per day for a month', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Daily');
    const start = new Date('2026-10-01T12:00:00.000Z').getTime();
    for (let day = 0; day < 40; day += 1) {
      await writeLocalBackup(
        db,
        { planId: plan.id, planName: 'Daily', products: 0, contents: `{"day":${day}}` },
        new Date(start + day * 24 * HOUR),
      );
    }
    const rows = await db.backups.toArray();
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.length).toBeLessThanOrEqual(31);
  });
});

import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_REASON,
  backupStorageBytes,
  backupText,
  restoreBackup,
  writeCompressedBackup,
} from '../../../../renderer/src/db/backups';
import { gzipParts } from '../../../../renderer/src/db/compress';
import { snapshotPlan } from '../../../../renderer/src/db/plan-snapshot';
import { PlanWorkerCore } from '../../../../renderer/src/worker/plan-worker-core';
import { fingerprintOf } from '../../../../shared/plan-file/fingerprint';
import { serializePlanFile } from '../../../../shared/plan-file/serialize';
import { makeDb, makePlan } from './factories';

async function planText(db: ReturnType<typeof makeDb>, planId: string) {
  const file = await snapshotPlan(db, planId);
  if (!file) throw new Error('no plan');
  return { file, text: serializePlanFile(file) };
}

/** A plan with one automatic backup of it, made as the worker makes them. */
async function backedUp(name: string) {
  const db = makeDb();
  const plan = await makePlan(db, name);
  const core = new PlanWorkerCore();
  // The core opens the app's database by name; the factory's database is a fresh one.
  Object.assign(core, { database: db });
  await core.backUp(plan.id);
  const [row] = await db.backups.toArray();
  if (!row) throw new Error('no backup row');
  return { db, plan, row };
}

describe('compressed automatic backups', () => {
  it('stores the plan gzipped apart from its row and reads back the same text', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Round trip “ü”');
    const { file, text } = await planText(db, plan.id);
    const result = await writeCompressedBackup(db, {
      planId: plan.id,
      planName: plan.name,
      products: 0,
      fingerprint: fingerprintOf(file),
      gzip: await gzipParts([text]),
    });
    expect(result.status).toBe('saved');
    const [row] = await db.backups.toArray();
    if (!row) throw new Error('no backup row');
    // The row is what listing reads: it names the backup and its size, not its text.
    expect(row.contents).toBeUndefined();
    expect(row.bytes).toBeGreaterThan(0);
    expect(await backupText(db, row)).toBe(text);
    expect(await backupStorageBytes(db)).toBe(row.bytes);
  });

  it('does not back up an unchanged plan again, and does once it changes', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Unchanged');
    const core = new PlanWorkerCore();
    // The core opens the app's database by name; the factory's database is a fresh one.
    Object.assign(core, { database: db });
    const first = await core.backUp(plan.id);
    const second = await core.backUp(plan.id);
    expect(first?.result.status).toBe('saved');
    expect(second?.result.status).toBe('saved');
    expect(await db.backups.count()).toBe(1);
    await db.plans.update(plan.id, { name: 'Changed' });
    await core.backUp(plan.id);
    const rows = await db.backups.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.every((b) => b.reason === AUTOMATIC_REASON)).toBe(true);
    expect(new Set(rows.map((b) => b.fingerprint)).size).toBe(2);
  });

  it('restores a compressed backup as a new plan with the same products', async () => {
    const { db, plan, row } = await backedUp('Restored');
    const outcome = await restoreBackup(db, row.id, 'new');
    expect(outcome.planId).not.toBe(plan.id);
    expect(await db.plans.count()).toBe(2);
  });

  it('still restores a backup written before backups were compressed', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Old backup');
    const { text } = await planText(db, plan.id);
    await db.backups.add({
      id: 'old',
      planId: plan.id,
      planName: plan.name,
      createdAt: '2026-01-01T00:00:00.000Z',
      reason: AUTOMATIC_REASON,
      products: 0,
      contents: text,
    });
    expect(await backupStorageBytes(db)).toBe(text.length);
    const outcome = await restoreBackup(db, 'old', 'new');
    expect(await db.plans.get(outcome.planId)).toBeDefined();
  });

  it('says a backup whose compressed file is gone is missing, and changes nothing', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Lost');
    await db.backups.add({
      id: 'lost',
      planId: plan.id,
      planName: plan.name,
      createdAt: '2026-01-01T00:00:00.000Z',
      reason: AUTOMATIC_REASON,
      products: 0,
      bytes: 10,
    });
    await expect(restoreBackup(db, 'lost', 'new')).rejects.toThrow(/missing/);
    expect(await db.plans.count()).toBe(1);
  });

  it('says a backup whose compressed file is damaged cannot be unzipped, and changes nothing', async () => {
    const { db, row } = await backedUp('Damaged');
    const stored = await db.backupContents.get(row.id);
    if (!stored) throw new Error('no backup file');
    // Its end cut off, as a disk that filled up part way would leave it.
    await db.backupContents.put({
      id: row.id,
      gzip: stored.gzip.slice(0, stored.gzip.length - 12),
    });
    const before = await db.plans.toArray();
    await expect(restoreBackup(db, row.id, 'new')).rejects.toThrow(
      /^The backup is damaged: its compressed file cannot be unzipped/,
    );
    expect(await db.plans.toArray()).toEqual(before);
  });
});

/**
 * What main refuses to keep as a backup, whatever the page sends, and the folders it refuses
 * to write through: every case on real files in a temporary folder.
 */
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  UNKNOWN_BACKUP_MESSAGE,
  createBackupStore,
  planFolderName,
} from '../../../electron/main/files/backups';
import { MAX_PLAN_FOLDERS } from '../../../electron/main/files/backup-folders';
import { planText } from './plan-texts';

const PLAN_ID = '7d0c4a52-3f7e-4d5e-9a51-0b2d4f6a8c11';
const request = (planId = PLAN_ID, planName = 'Portfolio', products = 2) => ({
  planId,
  planName,
  products,
  contents: planText(planId, planName, products),
});

let work: string;
let root: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'backup-guards-'));
  root = join(work, 'backups');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under `folder`, as paths relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true }).catch(() => []);
  return entries.map(String).sort();
}

describe('what is kept as a backup', () => {
  test('text that is not a plan is refused, and earlier backups stay', async () => {
    const store = createBackupStore(root);
    const first = await store.write(request());
    const result = await store.write({ ...request(), contents: '{"format":"lifecycle-plan"}' });
    expect(result).toEqual({
      status: 'error',
      message: expect.stringMatching(
        /^Could not write a backup of “Portfolio”: it is not a plan file the app could read back \(version: expected a whole number .*\)\. Earlier backups are kept\.$/,
      ) as unknown,
    });
    expect((await store.list()).map((backup) => backup.id)).toEqual([
      first.status === 'saved' ? first.id : '',
    ]);
  });

  test('a plan other than the one named is refused', async () => {
    const result = await createBackupStore(root).write({
      ...request(),
      contents: planText('some-other-plan', 'Portfolio', 2),
    });
    expect(result).toEqual({
      status: 'error',
      message:
        'Could not write a backup of “Portfolio”: it holds a different plan than the one named. Earlier backups are kept.',
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  test('the list shows the name and product count read from the plan, not what the page said', async () => {
    const store = createBackupStore(root);
    await store.write({ ...request(PLAN_ID, 'Portfolio', 3), planName: 'Lies', products: 999 });
    expect(await store.list()).toEqual([
      expect.objectContaining({ planId: PLAN_ID, planName: 'Portfolio', products: 3 }),
    ]);
  });

  test('text over a plan file’s size is refused before it is parsed or written', async () => {
    // 150 Mi two-byte characters: under the character cap, 300 MiB as UTF-8.
    const contents = 'é'.repeat(150 * 1024 * 1024);
    let parsed = false;
    const store = createBackupStore(root, {
      checkPlan: () => {
        parsed = true;
        return Promise.resolve({ ok: false, message: 'not reached' });
      },
    });
    const result = await store.write({ ...request(), contents });
    expect(result).toEqual({
      status: 'error',
      message:
        'Could not write a backup of “Portfolio”: it is 300.0 MB, and a plan file can be at most 256.0 MB. Earlier backups are kept.',
    });
    expect(parsed).toBe(false);
    expect(await filesUnder(root)).toEqual([]);
  });
});

// Skipped on Windows: symbolic links need rights a test run does not have there.
describe.skipIf(process.platform === 'win32')('links in the backups folder', () => {
  test('a backups folder that is a link is neither written through, listed nor read', async () => {
    const elsewhere = join(work, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, root);
    const store = createBackupStore(root);
    const result = await store.write(request());
    expect(result).toEqual({
      status: 'error',
      message: `Could not write a backup of “Portfolio”: the backups folder “${root}” is a link, and backups are kept only in a real folder. Earlier backups are kept.`,
    });
    expect(await filesUnder(elsewhere)).toEqual([]);
    // A backup planted behind the link is not listed or read.
    await mkdir(join(elsewhere, PLAN_ID));
    const planted = `${PLAN_ID}/20261125T100000000Z-0a1b2c3d.lcplan`;
    await writeFile(join(elsewhere, planted), planText(PLAN_ID, 'Planted', 1));
    expect(await store.list()).toEqual([]);
    expect(await store.read(planted)).toEqual({ status: 'error', message: UNKNOWN_BACKUP_MESSAGE });
  });

  test("a plan's folder that is a link is neither written through, pruned, listed nor read", async () => {
    const elsewhere = join(work, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'precious.txt'), 'keep me');
    await mkdir(root);
    await symlink(elsewhere, join(root, PLAN_ID));
    const store = createBackupStore(root);
    const result = await store.write(request());
    expect(result).toEqual({
      status: 'error',
      message: `Could not write a backup of “Portfolio”: the plan's backup folder “${join(root, PLAN_ID)}” is a link, and backups are kept only in a real folder. Earlier backups are kept.`,
    });
    expect(await filesUnder(elsewhere)).toEqual(['precious.txt']);
    const planted = '20261125T100000000Z-0a1b2c3d.lcplan';
    await writeFile(join(elsewhere, planted), planText(PLAN_ID, 'Planted', 1));
    expect(await store.list()).toEqual([]);
    expect(await store.read(`${PLAN_ID}/${planted}`)).toEqual({
      status: 'error',
      message: UNKNOWN_BACKUP_MESSAGE,
    });
  });
});

describe('how many plans keep backups', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const at = (day: number) => new Date(Date.UTC(2026, 10, 1) + day * DAY);

  test('a bound of 200 plans', () => {
    expect(MAX_PLAN_FOLDERS).toBe(200);
  });

  test('past the bound, a new plan is refused while every plan changed within 30 days', async () => {
    let today = at(0);
    const store = createBackupStore(root, { now: () => today, maxPlanFolders: 3 });
    for (const id of ['plan-a', 'plan-b', 'plan-c']) {
      await expect(store.write(request(id))).resolves.toMatchObject({ status: 'saved' });
    }
    today = at(29);
    expect(await store.write(request('plan-d', 'Fourth'))).toEqual({
      status: 'error',
      message:
        'Could not write a backup of “Fourth”: backups are already kept for 3 plans, all of them changed in the last 30 days. Earlier backups are kept.',
    });
    expect((await readdir(root)).sort()).toEqual(['plan-a', 'plan-b', 'plan-c']);
    // Plans that already have backups go on being backed up.
    await expect(store.write(request('plan-b'))).resolves.toMatchObject({ status: 'saved' });
  });

  test('a new plan makes room by removing the plan whose last backup is oldest, past 30 days', async () => {
    let today = at(0);
    const store = createBackupStore(root, { now: () => today, maxPlanFolders: 3 });
    await store.write(request('plan-a'));
    today = at(5);
    await store.write(request('plan-b'));
    today = at(10);
    await store.write(request('plan-c'));
    today = at(36);
    await expect(store.write(request('plan-d'))).resolves.toMatchObject({ status: 'saved' });
    expect((await readdir(root)).sort()).toEqual(['plan-b', 'plan-c', 'plan-d']);
  });

  test('folders that are not plan folders, or are links, do not count', async () => {
    await mkdir(root);
    await mkdir(join(root, 'Not A Plan Folder'));
    await symlink(work, join(root, planFolderName('linked'))).catch(() => undefined);
    // Even old modification times do not make a folder look abandoned: names carry the time.
    await utimes(join(root, 'Not A Plan Folder'), 0, 0);
    const store = createBackupStore(root, { maxPlanFolders: 2 });
    await expect(store.write(request('plan-a'))).resolves.toMatchObject({ status: 'saved' });
    await expect(store.write(request('plan-b'))).resolves.toMatchObject({ status: 'saved' });
  });
});

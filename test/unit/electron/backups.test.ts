import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  UNKNOWN_BACKUP_MESSAGE,
  UNKNOWN_PLAN_NAME,
  backupCreatedAt,
  createBackupStore,
  planFolderName,
} from '../../../electron/main/files/backups';
import { runWriterUntilKilled } from './kill-writer';
import { planText as realPlanText } from './plan-texts';

const PLAN_ID = '7d0c4a52-3f7e-4d5e-9a51-0b2d4f6a8c11';
/** The plan as it was after `n` edits: `n` products, its name saying which. */
const planText = (n: number, planId = PLAN_ID, name = `Portfolio ${String(n)}`) =>
  realPlanText(planId, name, n);
const request = (n: number, planId = PLAN_ID, planName = `Portfolio ${String(n)}`) => ({
  planId,
  planName,
  products: n,
  contents: planText(n, planId, planName),
});

let root: string;

beforeEach(async () => {
  root = join(await mkdtemp(join(tmpdir(), 'backups-')), 'backups');
});
afterEach(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

/** A clock that returns the given times in turn, then keeps the last. */
function clock(...times: string[]): () => Date {
  let index = 0;
  return () => new Date(times[Math.min(index++, times.length - 1)] ?? 0);
}

describe('planFolderName', () => {
  test('a UUID is its own folder; anything else becomes a hash, never a path', () => {
    expect(planFolderName(PLAN_ID)).toBe(PLAN_ID);
    for (const id of ['../../etc', '/abs/path', 'C:\\x', 'ABC', 'con', 'a/b', '..', '.']) {
      expect(planFolderName(id)).toMatch(/^_[0-9a-f]{40}$/);
    }
    expect(planFolderName('a/b')).not.toBe(planFolderName('a_b'));
  });

  test('backupCreatedAt reads the time from the name and refuses impossible dates', () => {
    expect(backupCreatedAt('20261125T212912345Z-0a1b2c3d.lcplan')).toBe('2026-11-25T21:29:12.345Z');
    expect(backupCreatedAt('20261325T212912345Z-0a1b2c3d.lcplan')).toBeNull();
    expect(backupCreatedAt('20261125T212912345Z-0a1b2c3d.json')).toBeNull();
  });
});

describe('backup store', () => {
  test('write, list and read round trip, newest first across plans', async () => {
    let time = '2026-11-25T10:00:00.000Z';
    const store = createBackupStore(root, { now: () => new Date(time) });
    const first = await store.write(request(1));
    time = '2026-11-25T11:00:00.000Z';
    const other = await store.write(request(2, 'other plan!', 'Other'));
    time = '2026-11-25T12:00:00.000Z';
    const third = await store.write(request(3));
    expect(first).toMatchObject({ status: 'saved' });
    if (first.status !== 'saved' || third.status !== 'saved' || other.status !== 'saved') return;
    expect(first.id).toMatch(new RegExp(`^${PLAN_ID}/20261125T100000000Z-[0-9a-f]{8}\\.lcplan$`));

    const list = await store.list();
    expect(list.map((backup) => backup.id)).toEqual([third.id, other.id, first.id]);
    expect(list[1]).toEqual({
      id: other.id,
      planId: 'other plan!',
      planName: 'Other',
      createdAt: '2026-11-25T11:00:00.000Z',
      products: 2,
      bytes: Buffer.byteLength(planText(2, 'other plan!', 'Other')),
    });
    await expect(store.read(first.id)).resolves.toEqual({
      status: 'opened',
      fileName: first.id.split('/')[1],
      text: planText(1),
    });
  });

  test('an empty or missing backups folder lists nothing', async () => {
    await expect(createBackupStore(root).list()).resolves.toEqual([]);
  });

  test('retention keeps the newest 20 and the newest of each older day', async () => {
    // Days 1-5 get two backups each (06:00 and 18:00), day 6 gets fifteen, hourly.
    const times: string[] = [];
    for (let day = 1; day <= 5; day += 1) {
      times.push(`2026-11-0${String(day)}T06:00:00.000Z`, `2026-11-0${String(day)}T18:00:00.000Z`);
    }
    for (let hour = 0; hour < 15; hour += 1) {
      times.push(`2026-11-06T${String(hour).padStart(2, '0')}:00:00.000Z`);
    }
    let written = 0;
    const store = createBackupStore(root, {
      now: () => new Date(times[Math.min(written, times.length - 1)] ?? 0),
    });
    for (let n = 0; n < 25; n += 1) {
      await expect(store.write(request(n))).resolves.toMatchObject({ status: 'saved' });
      written += 1;
    }
    const kept = (await store.list()).map((backup) => backup.createdAt);
    // The newest 20 are written 5..24; of the older ones, the evening backups of days 1 and 2
    // stay as their days' newest; the mornings of days 1-3 go.
    expect(kept).toHaveLength(22);
    expect(kept).toContain('2026-11-01T18:00:00.000Z');
    expect(kept).toContain('2026-11-02T18:00:00.000Z');
    for (const gone of ['01T06', '02T06', '03T06']) {
      expect(kept).not.toContain(`2026-11-${gone}:00:00.000Z`);
    }
    // Each pruned backup took its sidecar with it.
    const files = await readdir(join(root, PLAN_ID));
    expect(files.filter((name) => name.endsWith('.lcplan'))).toHaveLength(22);
    expect(files.filter((name) => name.endsWith('.json'))).toHaveLength(22);
  });

  test('the time comes from the file name, not the modification time', async () => {
    const store = createBackupStore(root, { now: clock('2026-01-01T00:00:00.000Z') });
    const saved = await store.write(request(1));
    const [backup] = await store.list();
    expect(saved.status).toBe('saved');
    expect(backup?.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  test('a full disk keeps the earlier backups and says so', async () => {
    let full = false;
    const store = createBackupStore(root, {
      writeFile: async (target, contents) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
        const { writeFileAtomic } = await import('../../../electron/main/files/atomic-write');
        await writeFileAtomic(target, contents);
      },
    });
    for (let n = 0; n < 3; n += 1) await store.write(request(n));
    const before = await store.list();
    full = true;
    await expect(store.write(request(9))).resolves.toEqual({
      status: 'error',
      message:
        'Could not write a backup of “Portfolio 9”: the disk is full (ENOSPC). Earlier backups are kept.',
    });
    expect(await store.list()).toEqual(before);
    expect((await readdir(join(root, PLAN_ID))).sort()).toHaveLength(6);
  });

  test('a backups folder that is a file gives a plain error and loses nothing', async () => {
    await mkdir(join(root, '..'), { recursive: true });
    await writeFile(root, 'not a folder');
    const result = await createBackupStore(root).write(request(1));
    expect(result).toEqual({
      status: 'error',
      message: `Could not write a backup of “Portfolio 1”: the backups folder “${root}” is not a folder. Earlier backups are kept.`,
    });
    expect(await readFile(root, 'utf8')).toBe('not a folder');
  });

  test('a backup with unreadable metadata is listed as an unknown plan, not hidden', async () => {
    const store = createBackupStore(root);
    const saved = await store.write(request(4));
    if (saved.status !== 'saved') throw new Error('not saved');
    await writeFile(join(root, saved.id.replace(/\.lcplan$/, '.json')), '{broken');
    expect(await store.list()).toEqual([
      expect.objectContaining({ id: saved.id, planName: UNKNOWN_PLAN_NAME, products: 0 }),
    ]);
  });

  test('files that are not backups are ignored', async () => {
    await mkdir(join(root, PLAN_ID), { recursive: true });
    await writeFile(join(root, PLAN_ID, 'notes.txt'), 'x');
    await writeFile(join(root, PLAN_ID, '.20261125T212912345Z-0a1b2c3d.lcplan.1-ab.tmp'), 'x');
    await mkdir(join(root, 'Not A Plan Folder'));
    await writeFile(join(root, 'Not A Plan Folder', '20261125T212912345Z-0a1b2c3d.lcplan'), 'x');
    await expect(createBackupStore(root).list()).resolves.toEqual([]);
  });

  test('read refuses anything but an id list() would give', async () => {
    const store = createBackupStore(root);
    const saved = await store.write(request(1));
    if (saved.status !== 'saved') throw new Error('not saved');
    const file = saved.id.split('/')[1] ?? '';
    await writeFile(join(root, '..', 'secret.lcplan'), planText(0));
    const refusedIds = [
      '..',
      `../${file}`,
      `${PLAN_ID}/../../secret.lcplan`,
      `${PLAN_ID}/../${PLAN_ID}/${file}`,
      join(root, saved.id),
      `/${saved.id}`,
      `${PLAN_ID}\\${file}`,
      `${PLAN_ID}/${file}/`,
      `${PLAN_ID}/20261125T212912345Z-0a1b2c3d.lcplan`,
      `${PLAN_ID}/${file.replace('.lcplan', '.json')}`,
      `other/${file}`,
      '',
    ];
    for (const id of refusedIds) {
      await expect(store.read(id), id).resolves.toEqual({
        status: 'error',
        message: UNKNOWN_BACKUP_MESSAGE,
      });
    }
    await expect(store.read(saved.id)).resolves.toMatchObject({ status: 'opened' });
  });

  // Skipped on Windows: making a symbolic link there needs administrator rights.
  test.skipIf(process.platform === 'win32')('read does not follow a planted link', async () => {
    const store = createBackupStore(root);
    await mkdir(join(root, PLAN_ID), { recursive: true });
    const outside = join(root, '..', 'outside.lcplan');
    await writeFile(outside, planText(0));
    const name = '20261125T212912345Z-0a1b2c3d.lcplan';
    await symlink(outside, join(root, PLAN_ID, name));
    await expect(store.read(`${PLAN_ID}/${name}`)).resolves.toEqual({
      status: 'error',
      message: UNKNOWN_BACKUP_MESSAGE,
    });
  });
});

// A process killed while it writes a backup must leave that backup whole or absent, and every
// earlier backup as it was. Each round starts a writer that writes large backups in a loop and
// kills it with SIGKILL at a random moment. Each round's plan is about 2 MB, its products'
// summaries made of one letter, so a torn or mixed file shows.
describe('crash safety of backups', () => {
  const ROUNDS = 20;
  const planOf = (letter: string) =>
    realPlanText('crash-plan', 'Crash', 200, letter.repeat(10_000));

  const writerSource = `
    import { readFileSync } from 'node:fs';
    import { createBackupStore } from './backups.mjs';
    const [root, contentsFile] = process.argv.slice(2);
    const store = createBackupStore(root);
    const contents = readFileSync(contentsFile, 'utf8');
    process.stdout.write('ready\\n');
    for (;;) {
      const result = await store.write({ planId: 'crash-plan', planName: 'Crash', products: 1, contents });
      if (result.status !== 'saved') { console.error(result.message); process.exit(2); }
      process.stdout.write('saved\\n');
    }
  `;

  test(
    'every backup file is whole after SIGKILL, and earlier ones are intact',
    { timeout: 60_000 },
    async () => {
      const work = join(root, '..');
      await build({
        entryPoints: [
          fileURLToPath(new URL('../../../electron/main/files/backups.ts', import.meta.url)),
        ],
        outfile: join(work, 'backups.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
      });
      const script = join(work, 'writer.mjs');
      await writeFile(script, writerSource);
      const folder = join(root, 'crash-plan');
      const plans = new Map<string, Buffer>();

      // Backups that survived earlier rounds, with the letter they must still hold.
      const seen = new Map<string, string>();
      let killedMidWrite = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const letter = String.fromCharCode(65 + (round % 26));
        const contents = Buffer.from(planOf(letter));
        plans.set(letter, contents);
        const contentsFile = join(work, `plan-${letter}.lcplan`);
        await writeFile(contentsFile, contents);
        // Killed once it has saved two backups, during a later one: every round leaves some.
        await runWriterUntilKilled(script, [root, contentsFile], 3);
        const files = await readdir(folder).catch(() => []);
        // A killed writer leaves its temporary file (until the next write tidies it away).
        if (files.some((name) => name.endsWith('.tmp'))) killedMidWrite += 1;
        const names = files.filter((name) => name.endsWith('.lcplan'));
        for (const name of names) {
          const bytes = await readFile(join(folder, name));
          // Which round wrote it: the letter its summaries are made of.
          const first = /([A-Z])\1{99}/.exec(bytes.toString('utf8'))?.[1] ?? '?';
          const whole = plans.get(first);
          expect(whole, `round ${String(round)}: ${name} is torn`).toBeDefined();
          expect(bytes.equals(whole ?? Buffer.alloc(0)), `${name} is torn or mixed`).toBe(true);
          const before = seen.get(name);
          if (before !== undefined) expect(first, `${name} changed`).toBe(before);
          seen.set(name, first);
        }
      }
      expect(seen.size).toBeGreaterThan(0);
      // Proof that kills landed mid-write, not only between writes.
      expect(killedMidWrite).toBeGreaterThan(0);
      // The survivors are listed, with their metadata (or as an unknown plan), never torn.
      const listed = await createBackupStore(root).list();
      expect(listed.every((backup) => backup.bytes === plans.get('A')?.length)).toBe(true);
    },
  );
});

import { mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  MAX_RECENT_FILES,
  RECENT_FILES_NAME,
  createRecentFiles,
  openAndRemember,
  readRecentList,
} from '../../../electron/main/files/recent-files';
import type { RecentFile } from '../../../shared/ipc/contract';

let dir: string;
let listFile: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recent-files-'));
  listFile = join(dir, RECENT_FILES_NAME);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A clock that ticks one minute per reading, so entries have distinct, known times. */
function makeClock() {
  let minutes = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 9, minutes++));
}

function makeStore(onError?: (error: unknown) => void) {
  return createRecentFiles(listFile, { now: makeClock(), ...(onError ? { onError } : {}) });
}

const names = (files: RecentFile[]) => files.map((file) => file.fileName);

describe('reading the list', () => {
  test('a missing file gives an empty list', async () => {
    expect(await makeStore().list()).toEqual([]);
  });

  test.each([
    ['corrupt JSON', '{"version":1,"files":['],
    ['the wrong shape', '{"files":"all of them"}'],
    ['a newer version', '{"version":2,"files":[]}'],
    ['a bare array', '[]'],
    ['an empty file', ''],
  ])('%s gives an empty list', async (_label, text) => {
    await writeFile(listFile, text);
    expect(await makeStore().list()).toEqual([]);
  });

  test('a bad entry costs only itself', async () => {
    const good = { path: join(dir, 'a.lcplan'), fileName: 'a.lcplan', openedAt: '2025-01-01' };
    const entries = [
      good,
      { path: 'relative/b.lcplan', fileName: 'b.lcplan', openedAt: '2025-01-01' },
      { path: join(dir, 'c.lcplan') },
      // A list edited by hand cannot make any other kind of file readable through it.
      { path: join(dir, 'id_rsa'), fileName: 'id_rsa', openedAt: '2025-01-01' },
    ];
    await writeFile(listFile, JSON.stringify({ version: 1, files: entries }));
    expect(await readRecentList(listFile)).toEqual([good]);
  });
});

describe('changing the list', () => {
  test('a file that is not a plan or Trello export is never remembered', async () => {
    const store = makeStore();
    await store.add(join(dir, 'notes.txt'));
    await store.add(join(dir, 'secrets'));
    await store.add(join(dir, 'plan.lcplan'));
    expect(names(await store.list())).toEqual(['plan.lcplan']);
    expect(await store.has(join(dir, 'notes.txt'))).toBe(false);
    expect(await readdir(dir)).toEqual([RECENT_FILES_NAME]);
  });

  test('newest first, saved to disk and read back by a new store', async () => {
    const store = makeStore();
    await store.add(join(dir, 'first.lcplan'));
    await store.add(join(dir, 'second.lcplan'));
    expect(await store.list()).toEqual([
      {
        path: join(dir, 'second.lcplan'),
        fileName: 'second.lcplan',
        openedAt: '2025-01-01T09:01:00.000Z',
      },
      {
        path: join(dir, 'first.lcplan'),
        fileName: 'first.lcplan',
        openedAt: '2025-01-01T09:00:00.000Z',
      },
    ]);
    expect(await makeStore().list()).toEqual(await store.list());
    // Written atomically: no temporary file left beside it.
    expect(await readdir(dir)).toEqual([RECENT_FILES_NAME]);
  });

  test('adding a listed path moves it to the top instead of listing it twice', async () => {
    const store = makeStore();
    for (const name of ['a', 'b', 'c', 'a']) await store.add(join(dir, `${name}.lcplan`));
    expect(names(await store.list())).toEqual(['a.lcplan', 'c.lcplan', 'b.lcplan']);
  });

  test(`keeps at most ${String(MAX_RECENT_FILES)}, dropping the oldest`, async () => {
    const store = makeStore();
    for (let i = 1; i <= 12; i += 1) await store.add(join(dir, `plan-${String(i)}.lcplan`));
    const files = names(await store.list());
    expect(files).toHaveLength(MAX_RECENT_FILES);
    expect(files[0]).toBe('plan-12.lcplan');
    expect(files.at(-1)).toBe('plan-3.lcplan');
  });

  test('a list stored with duplicates or too many entries is tidied on read', async () => {
    const entry = (i: number) => ({
      path: join(dir, `p${String(i % 11)}.lcplan`),
      fileName: `p${String(i % 11)}.lcplan`,
      openedAt: '2025-01-01T00:00:00.000Z',
    });
    const files = Array.from({ length: 30 }, (_, i) => entry(i));
    await writeFile(listFile, JSON.stringify({ version: 1, files }));
    const read = await readRecentList(listFile);
    expect(read).toHaveLength(MAX_RECENT_FILES);
    expect(new Set(read.map((file) => file.path)).size).toBe(MAX_RECENT_FILES);
  });

  test('remove and clear', async () => {
    const store = makeStore();
    await store.add(join(dir, 'a.lcplan'));
    await store.add(join(dir, 'b.lcplan'));
    await store.remove(join(dir, 'a.lcplan'));
    expect(names(await store.list())).toEqual(['b.lcplan']);
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(JSON.parse(await readFile(listFile, 'utf8'))).toEqual({ version: 1, files: [] });
  });

  test('listeners hear each change, and only real changes', async () => {
    const store = makeStore();
    const heard: string[][] = [];
    const stop = store.onChange((files) => heard.push(names(files)));
    await store.add(join(dir, 'a.lcplan'));
    await store.remove(join(dir, 'not-listed.lcplan'));
    await store.add(join(dir, 'b.lcplan'));
    stop();
    await store.clear();
    expect(heard).toEqual([['a.lcplan'], ['b.lcplan', 'a.lcplan']]);
  });

  test('only an exact listed path counts as listed', async () => {
    const store = makeStore();
    await store.add(join(dir, 'a.lcplan'));
    expect(await store.has(join(dir, 'a.lcplan'))).toBe(true);
    expect(await store.has('a.lcplan')).toBe(false);
    expect(await store.has(join(dir, 'b.lcplan'))).toBe(false);
  });

  test('a failed save is reported, not thrown, and the list still changes', async () => {
    const errors: unknown[] = [];
    const store = createRecentFiles(join(dir, 'gone', RECENT_FILES_NAME), {
      onError: (error) => errors.push(error),
    });
    await expect(store.add(join(dir, 'a.lcplan'))).resolves.toBeUndefined();
    expect(names(await store.list())).toEqual(['a.lcplan']);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/Could not save “recent-files\.json”/);
  });
});

describe('openAndRemember', () => {
  test('a file that opens goes to the top of the list', async () => {
    const store = makeStore();
    const plan = join(dir, 'plan.lcplan');
    await writeFile(plan, '{"format":"lifecycle-plan"}');
    expect(await openAndRemember(store, plan)).toMatchObject({ status: 'opened' });
    expect(names(await store.list())).toEqual(['plan.lcplan']);
  });

  test('a listed file that has gone gives the message and leaves the list', async () => {
    const store = makeStore();
    const plan = join(dir, 'plan.lcplan');
    await writeFile(plan, '{}');
    await store.add(plan);
    await store.add(join(dir, 'other.lcplan'));
    await unlink(plan);
    expect(names(await store.list())).toEqual(['other.lcplan', 'plan.lcplan']);
    expect(await openAndRemember(store, plan)).toEqual({
      status: 'error',
      message: '“plan.lcplan” no longer exists; it may have been moved or deleted.',
    });
    expect(names(await store.list())).toEqual(['other.lcplan']);
  });

  test('a file that exists but cannot be used stays listed', async () => {
    const store = makeStore();
    const plan = join(dir, 'plan.lcplan');
    await writeFile(plan, '');
    await store.add(plan);
    expect(await openAndRemember(store, plan)).toMatchObject({ status: 'error' });
    expect(names(await store.list())).toEqual(['plan.lcplan']);
  });
});

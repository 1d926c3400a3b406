import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DOCUMENT_TOKENS_NAME,
  createDocumentTokens,
} from '../../../electron/main/documents/document-tokens';
import { createDocumentWatcher } from '../../../electron/main/documents/document-watcher';

let dir: string;
let mapFile: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'document-tokens-'));
  mapFile = join(dir, DOCUMENT_TOKENS_NAME);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('document tokens', () => {
  test('a path keeps its token, and the map survives a restart', async () => {
    const tokens = createDocumentTokens(mapFile);
    const first = await tokens.issue(join(dir, 'a.lcplan'));
    expect(await tokens.issue(join(dir, 'a.lcplan'))).toBe(first);
    const second = await tokens.issue(join(dir, 'b.lcplan'));
    expect(second).not.toBe(first);
    await tokens.flush();

    const restarted = createDocumentTokens(mapFile);
    expect(await restarted.pathOf(first)).toBe(join(dir, 'a.lcplan'));
    expect(await restarted.tokenOf(join(dir, 'b.lcplan'))).toBe(second);
    expect(await restarted.pathOf('never-issued')).toBeNull();
    // Written whole and atomically: no temporary file beside it.
    expect((await readdir(dir)).sort()).toEqual([DOCUMENT_TOKENS_NAME]);
  });

  test('a corrupt map file gives an empty map, and the next token is saved over it', async () => {
    await writeFile(mapFile, '{"version":1,"tokens":[{"token":"x","pa');
    const tokens = createDocumentTokens(mapFile);
    expect(await tokens.pathOf('x')).toBeNull();
    const token = await tokens.issue(join(dir, 'c.lcplan'));
    await tokens.flush();
    const stored = JSON.parse(await readFile(mapFile, 'utf8')) as unknown;
    expect(stored).toEqual({ version: 1, tokens: [{ token, path: join(dir, 'c.lcplan') }] });
  });

  test('a bad entry costs only itself; a map of another shape is ignored', async () => {
    const good = { token: 'good', path: join(dir, 'g.lcplan') };
    await writeFile(mapFile, JSON.stringify({ version: 1, tokens: [good, { token: 7 }, null] }));
    expect(await createDocumentTokens(mapFile).pathOf('good')).toBe(good.path);
    await writeFile(mapFile, JSON.stringify({ version: 2, tokens: [good] }));
    expect(await createDocumentTokens(mapFile).pathOf('good')).toBeNull();
    await writeFile(mapFile, Buffer.from([0xff, 0xfe]));
    expect(await createDocumentTokens(mapFile).pathOf('good')).toBeNull();
  });

  test('a failed save is reported, not thrown', async () => {
    const onError = vi.fn();
    const tokens = createDocumentTokens(join(dir, 'no-such-folder', DOCUMENT_TOKENS_NAME), {
      onError,
    });
    await expect(tokens.issue(join(dir, 'a.lcplan'))).resolves.toEqual(expect.any(String));
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('watching a bound file', () => {
  let watcher: ReturnType<typeof createDocumentWatcher> | null = null;
  afterEach(() => watcher?.close());

  async function watching(path: string) {
    const notify = vi.fn();
    watcher = createDocumentWatcher({ notify, debounceMs: 30 });
    watcher.watch('token-1', path);
    // The first look at the file, which later changes are compared with.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return notify;
  }

  test('a file replaced by a rename, as editors and sync clients do, is reported once', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, 'one');
    const notify = await watching(path);
    const incoming = join(dir, '.q3.lcplan.sync');
    await writeFile(incoming, 'two, from a colleague');
    await rename(incoming, path);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith('token-1'), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(notify).toHaveBeenCalledOnce();
  });

  test('a vanished file is reported', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, 'one');
    const notify = await watching(path);
    await rm(path);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith('token-1'), { timeout: 3000 });
  });

  test("main's own write, taken as seen, is not reported; other files in the folder are not", async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, 'one');
    const notify = await watching(path);
    await writeFile(join(dir, 'other.lcplan'), 'unrelated');
    await writeFile(path, 'ours');
    await watcher?.seen(path);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notify).not.toHaveBeenCalled();
  });

  test('the focus check finds a change at once, and reports it only once', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, 'one');
    const notify = await watching(path);
    await writeFile(path, 'changed on a network drive');
    await watcher?.checkAll();
    expect(notify).toHaveBeenCalledOnce();
    await watcher?.checkAll();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(notify).toHaveBeenCalledOnce();
  });

  test('after the last unwatch nothing more is reported', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, 'one');
    const notify = await watching(path);
    watcher?.watch('token-1', path);
    watcher?.unwatch('token-1');
    watcher?.unwatch('token-1');
    await writeFile(path, 'two');
    await watcher?.checkAll();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(notify).not.toHaveBeenCalled();
  });
});

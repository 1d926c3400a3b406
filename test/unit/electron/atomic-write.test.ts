import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  WINDOWS_RENAME_RETRY_DELAYS_MS,
  describeWriteError,
  writeFileAtomic,
} from '../../../electron/main/files/atomic-write';
import { runWriterUntilKilled } from './kill-writer';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  test('creates the file, and replaces an existing one whole', async () => {
    const target = join(dir, 'plan.lcplan');
    await writeFileAtomic(target, 'first version, which is rather longer than the second');
    expect(await readFile(target, 'utf8')).toBe(
      'first version, which is rather longer than the second',
    );
    await writeFileAtomic(target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['plan.lcplan']);
  });

  test('writes bytes as given and text as UTF-8', async () => {
    const target = join(dir, 'export.csv');
    await writeFileAtomic(target, Uint8Array.from([0, 1, 254, 255]));
    expect([...(await readFile(target))]).toEqual([0, 1, 254, 255]);
    await writeFileAtomic(target, 'Café ✓');
    expect(await readFile(target, 'utf8')).toBe('Café ✓');
  });

  // Skipped on Windows: files there have no POSIX permission bits to keep.
  test.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const target = join(dir, 'plan.lcplan');
      await writeFile(target, 'old', { mode: 0o600 });
      await writeFileAtomic(target, 'new');
      expect((await stat(target)).mode & 0o777).toBe(0o600);
    },
  );

  test('a missing folder gives a clear message and leaves nothing behind', async () => {
    const target = join(dir, 'gone', 'plan.lcplan');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      `Could not save “plan.lcplan”: the folder “${join(dir, 'gone')}” does not exist (ENOENT).`,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  test('a path through a file gives a clear message', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'x');
    await expect(writeFileAtomic(join(dir, 'not-a-folder', 'plan.lcplan'), 'x')).rejects.toThrow(
      'Could not save “plan.lcplan”: part of the path is a file, not a folder (ENOTDIR).',
    );
  });

  test('a failure after the temporary file was written removes it and keeps what was there', async () => {
    // Renaming a file over a folder that holds something fails only at the last step.
    const target = join(dir, 'plan.lcplan');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new plan')).rejects.toThrow(
      // EISDIR on Linux and macOS; Windows refuses the rename as a permission problem.
      /^Could not save “plan\.lcplan”: (a folder with that name is in the way \(EISDIR\)|you do not have permission to write there \(EPERM\))\.$/,
    );
    expect(await readdir(dir)).toEqual(['plan.lcplan']);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  test('the error keeps the system error as its cause', async () => {
    const error = await writeFileAtomic(join(dir, 'gone', 'x.md'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).cause).toMatchObject({ code: 'ENOENT' });
  });

  test('concurrent writes to one target leave one complete version and no temporary files', async () => {
    const target = join(dir, 'plan.lcplan');
    const versions = Array.from({ length: 12 }, (_, i) => `${String(i)}:`.padEnd(200_000, 'abc'));
    await Promise.all(versions.map((text) => writeFileAtomic(target, text)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['plan.lcplan']);
  });
});

/** A rename that fails like Windows does while another program holds the file, `times` times. */
function renameHeldFor(times: number, code: string) {
  let failures = 0;
  const attempts: number[] = [];
  const renameOnce = async (from: string, to: string) => {
    attempts.push(Date.now());
    if (failures < times) {
      failures += 1;
      throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
    }
    await rename(from, to);
  };
  return { renameOnce, attempts };
}

describe('writeFileAtomic on Windows, with the file held by another program', () => {
  test.each(['EPERM', 'EBUSY'])(
    'a rename refused with %s for a moment is retried, and the save lands whole',
    async (code) => {
      const target = join(dir, 'plan.lcplan');
      await writeFile(target, 'old');
      const held = renameHeldFor(3, code);
      await writeFileAtomic(target, 'new', { platform: 'win32', rename: held.renameOnce });
      expect(await readFile(target, 'utf8')).toBe('new');
      expect(held.attempts).toHaveLength(4);
      expect(await readdir(dir)).toEqual(['plan.lcplan']);
    },
  );

  test('a file held longer than the retries fails with a clear message; the old file stays', async () => {
    const target = join(dir, 'plan.lcplan');
    await writeFile(target, 'old');
    const held = renameHeldFor(Infinity, 'EBUSY');
    await expect(
      writeFileAtomic(target, 'new', {
        platform: 'win32',
        rename: held.renameOnce,
        retryDelaysMs: [1, 1, 1],
      }),
    ).rejects.toThrow(
      'Could not save “plan.lcplan”: the file is in use by another program (EBUSY).',
    );
    expect(held.attempts).toHaveLength(4);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['plan.lcplan']);
  });

  test('the retries wait longer each time, about 1.3 seconds in all', () => {
    const delays = WINDOWS_RENAME_RETRY_DELAYS_MS;
    expect(delays.every((delay, i) => i === 0 || delay > (delays[i - 1] ?? 0))).toBe(true);
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBe(1270);
  });

  test('elsewhere EPERM is a real refusal: no retry, a clear message at once', async () => {
    const target = join(dir, 'plan.lcplan');
    const held = renameHeldFor(1, 'EPERM');
    await expect(
      writeFileAtomic(target, 'new', { platform: 'linux', rename: held.renameOnce }),
    ).rejects.toThrow(
      'Could not save “plan.lcplan”: you do not have permission to write there (EPERM).',
    );
    expect(held.attempts).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  test('other errors are not retried on Windows either', async () => {
    const target = join(dir, 'plan.lcplan');
    const held = renameHeldFor(1, 'ENOSPC');
    await expect(
      writeFileAtomic(target, 'new', { platform: 'win32', rename: held.renameOnce }),
    ).rejects.toThrow('the disk is full (ENOSPC)');
    expect(held.attempts).toHaveLength(1);
  });
});

describe('describeWriteError', () => {
  test.each([
    ['ENOSPC', 'Could not save “plan.lcplan”: the disk is full (ENOSPC).'],
    ['EACCES', 'Could not save “plan.lcplan”: you do not have permission to write there (EACCES).'],
    ['EPERM', 'Could not save “plan.lcplan”: you do not have permission to write there (EPERM).'],
    ['EROFS', 'Could not save “plan.lcplan”: the disk is read-only (EROFS).'],
    ['ENOENT', 'Could not save “plan.lcplan”: the folder “/a/b” does not exist (ENOENT).'],
  ])('%s is put in plain words', (code, message) => {
    const cause = Object.assign(new Error(`${code}: raw system text`), { code });
    expect(describeWriteError('/a/b/plan.lcplan', cause).message).toBe(message);
  });

  test('an unknown error keeps its own message', () => {
    expect(describeWriteError('/a/plan.lcplan', new Error('something odd')).message).toBe(
      'Could not save “plan.lcplan”: something odd.',
    );
  });
});

// A process killed mid-save must leave the old file or the new one, never a torn mix. Each
// round starts a writer that saves two large versions in turn and kills it with SIGKILL at a
// random moment. (This proves atomicity against a crash of the app; surviving a power cut is
// what the fsyncs are for, and no unit test can pull the plug.)
describe('crash safety', () => {
  const ROUNDS = 30;
  const SIZE = 4 * 1024 * 1024;

  const writerSource = `
    import { writeFileAtomic } from './atomic-write.mjs';
    const [target, size] = process.argv.slice(2);
    const versions = ['A', 'B'].map((letter) => Buffer.alloc(Number(size), letter));
    process.stdout.write('ready\\n');
    for (let round = 0; ; round += 1) await writeFileAtomic(target, versions[round % 2]);
  `;

  test(
    'the target is always absent, or one whole version, after SIGKILL',
    { timeout: 30_000 },
    async () => {
      const moduleSource = fileURLToPath(
        new URL('../../../electron/main/files/atomic-write.ts', import.meta.url),
      );
      await build({
        entryPoints: [moduleSource],
        outfile: join(dir, 'atomic-write.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
      });
      const script = join(dir, 'writer.mjs');
      await writeFile(script, writerSource);
      const folder = join(dir, 'out');
      await mkdir(folder);
      const target = join(folder, 'plan.lcplan');
      const whole = ['A', 'B'].map((letter) => Buffer.alloc(SIZE, letter));

      let everWritten = false;
      for (let round = 0; round < ROUNDS; round += 1) {
        await runWriterUntilKilled(script, [target, String(SIZE)]);
        const bytes = await readFile(target).catch(() => null);
        if (bytes === null) {
          // Only before the first save has ever finished.
          expect(everWritten, `round ${String(round)}: the file vanished`).toBe(false);
          continue;
        }
        everWritten = true;
        const isWhole = whole.some((version) => version.equals(bytes));
        expect(isWhole, `round ${String(round)}: ${String(bytes.length)} bytes, torn`).toBe(true);
      }
      expect(everWritten).toBe(true);
      // Killed writers leave their temporary files: proof that kills landed mid-write.
      const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
      expect(leftovers.length).toBeGreaterThan(0);
    },
  );
});

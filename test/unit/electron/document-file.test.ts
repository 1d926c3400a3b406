import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  readDocumentFile,
  stampOf,
  writeDocumentFile,
} from '../../../electron/main/documents/document-file';
import { sha256Hex } from '../../../shared/plan-file/fingerprint';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan-file/types';
import { planText } from './plan-texts';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'document-file-'));
  path = join(dir, 'q3.lcplan');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const OLD = planText('plan-1', 'Q3', 2);
const NEW = planText('plan-1', 'Q3', 3);

describe('reading a bound file', () => {
  test('gives its text and the stamp the page computes for the same text', async () => {
    await writeFile(path, OLD);
    const read = await readDocumentFile(path);
    expect(read).toEqual({ status: 'read', text: OLD, stamp: sha256Hex(OLD) });
    expect(stampOf(['ab', 'c'])).toBe(sha256Hex('abc'));
  });

  test('a vanished file is reported as missing, with its name', async () => {
    const read = await readDocumentFile(path);
    expect(read).toMatchObject({
      status: 'missing',
      message: expect.stringContaining('q3.lcplan'),
    });
  });

  test('a folder in its place, or bytes that are not text, are unreadable', async () => {
    await mkdir(path);
    expect(await readDocumentFile(path)).toMatchObject({ status: 'unreadable' });
    await rm(path, { recursive: true });
    await writeFile(path, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    expect(await readDocumentFile(path)).toMatchObject({ status: 'unreadable' });
  });
});

describe('writing a bound file (compare and swap)', () => {
  test('writes when the file is still what the page last saw, and gives the new stamp', async () => {
    await writeFile(path, OLD);
    const written = await writeDocumentFile(path, [NEW.slice(0, 10), NEW.slice(10)], stampOf(OLD));
    expect(written).toEqual({ status: 'saved', stamp: sha256Hex(NEW) });
    expect(await readFile(path, 'utf8')).toBe(NEW);
  });

  test('refuses after someone else changed the file, which keeps their change', async () => {
    await writeFile(path, OLD);
    const seen = stampOf(OLD);
    const theirs = planText('plan-1', 'Q3 (theirs)', 2);
    await writeFile(path, theirs);
    expect(await writeDocumentFile(path, [NEW], seen)).toEqual({ status: 'changed' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  test('a file expected not to exist is not written over when one appeared', async () => {
    await writeFile(path, OLD);
    expect(await writeDocumentFile(path, [NEW], null)).toEqual({ status: 'changed' });
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });

  test('a new file is created when none is expected', async () => {
    expect(await writeDocumentFile(path, [NEW], null)).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(NEW);
  });

  test('a file that vanished is reported missing and not written again', async () => {
    await writeFile(path, OLD);
    const seen = stampOf(OLD);
    await rm(path);
    expect(await writeDocumentFile(path, [NEW], seen)).toMatchObject({
      status: 'missing',
      message: expect.stringContaining('no longer exists') as unknown,
    });
    await expect(readFile(path)).rejects.toThrow();
  });

  test('an unreadable file is never written over', async () => {
    await writeFile(path, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const written = await writeDocumentFile(path, [NEW], null);
    expect(written).toMatchObject({ status: 'unreadable' });
    expect([...(await readFile(path))]).toEqual([0xff, 0xfe, 0x00, 0xc3]);
  });

  test('a plan over the size cap is refused before anything is written', async () => {
    await writeFile(path, OLD);
    const huge = 'x'.repeat(MAX_PLAN_FILE_BYTES / 2);
    const written = await writeDocumentFile(path, [huge, huge, 'x'], stampOf(OLD));
    expect(written).toMatchObject({
      status: 'unreadable',
      message: expect.stringContaining('at most') as unknown,
    });
    expect(await readFile(path, 'utf8')).toBe(OLD);
  });

  test('a reader never sees a partial file, and no temporary file is left', async () => {
    const big = planText('plan-1', 'Big', 4000);
    await writeFile(path, OLD);
    const seenTexts = new Set<string>();
    let done = false;
    const writing = writeDocumentFile(path, [big], stampOf(OLD)).finally(() => (done = true));
    while (!done) {
      seenTexts.add(await readFile(path, 'utf8'));
    }
    expect(await writing).toMatchObject({ status: 'saved' });
    seenTexts.add(await readFile(path, 'utf8'));
    expect([...seenTexts].every((text) => text === OLD || text === big)).toBe(true);
    expect(await readdir(dir)).toEqual(['q3.lcplan']);
  });

  test('two writes from the same stamp: the first lands, the second is told it changed', async () => {
    await writeFile(path, OLD);
    const seen = stampOf(OLD);
    const other = planText('plan-1', 'Q3 other', 2);
    const [first, second] = await Promise.all([
      writeDocumentFile(path, [NEW], seen),
      writeDocumentFile(path, [other], seen),
    ]);
    expect(first).toMatchObject({ status: 'saved' });
    expect(second).toEqual({ status: 'changed' });
    expect(await readFile(path, 'utf8')).toBe(NEW);
  });

  test('a file replaced by a rename (as sync clients do) counts as changed', async () => {
    await writeFile(path, OLD);
    const seen = stampOf(OLD);
    const theirs = join(dir, '.sync-tmp');
    await writeFile(theirs, NEW);
    await rename(theirs, path);
    expect(await writeDocumentFile(path, [OLD], seen)).toEqual({ status: 'changed' });
  });
});

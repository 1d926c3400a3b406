import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { LOG_FILE_NAME, createAppLog, formatLogLine } from '../../../electron/main/app-log';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = new Date('2025-03-01T10:00:00.000Z');

describe('formatLogLine', () => {
  test('is one line: time, event, then the details that have a value', () => {
    expect(
      formatLogLine(at, 'render-process-gone', {
        reason: 'crashed',
        exitCode: 139,
        name: undefined,
      }),
    ).toBe('2025-03-01T10:00:00.000Z render-process-gone reason="crashed" exitCode=139\n');
  });

  test('keeps a message with line breaks on its one line', () => {
    const line = formatLogLine(at, 'show logs failed', { message: 'no\nfile manager' });
    expect(line.trimEnd().split('\n')).toHaveLength(1);
    expect(line).toContain('show-logs-failed message="no\\nfile manager"');
  });
});

describe('createAppLog', () => {
  test('creates its folder and appends lines in the order they were written', async () => {
    const folder = join(dir, 'logs');
    const log = createAppLog(folder, { now: () => at });
    await Promise.all([log.write('first'), log.write('second'), log.write('third')]);
    const text = await readFile(join(folder, LOG_FILE_NAME), 'utf8');
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')[1]),
    ).toEqual(['first', 'second', 'third']);
  });

  test('rotates past its size and keeps only the newest files', async () => {
    const log = createAppLog(dir, { maxBytes: 200, keep: 2, now: () => at });
    for (let n = 1; n <= 16; n += 1) await log.write('event', { n });
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    const sizes = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    for (const text of sizes) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200);
    // The newest line is in the current file, and nothing older than the kept files remains.
    expect(sizes[0]).toContain('n=16');
    // Five lines fit in a file: lines 1 to 5 went with the oldest file, 6 onwards are kept.
    expect(sizes.join('')).not.toMatch(/n=[1-5]\n/);
    expect(sizes[2]).toContain('n=6\n');
  });

  test('a folder it cannot write reports the error and later writes still run', async () => {
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the folder should be');
    const errors: unknown[] = [];
    const log = createAppLog(join(blocked, 'logs'), { onError: (e) => errors.push(e) });
    await expect(log.write('lost')).resolves.toBeUndefined();
    await expect(log.write('lost too')).resolves.toBeUndefined();
    expect(errors).toHaveLength(2);
  });
});

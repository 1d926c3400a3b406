import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readPlanFile, readUpTo } from '../../../electron/main/files/read-plan-file';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-plan-'));
  file = join(dir, 'plan.lcplan');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const GOOD_PLAN = '{"format":"lifecycle-plan","version":1,"plan":{"name":"Café ✓"}}\n';
const OVERSIZE = 300 * 1024 * 1024;

describe('readPlanFile', () => {
  test('a good file comes back as text with its name', async () => {
    await writeFile(file, GOOD_PLAN);
    expect(await readPlanFile(file)).toEqual({
      status: 'opened',
      fileName: 'plan.lcplan',
      text: GOOD_PLAN,
    });
  });

  test('a Trello export (.json) is read the same way', async () => {
    const trello = join(dir, 'board.json');
    await writeFile(trello, '{"cards":[]}');
    expect(await readPlanFile(trello)).toMatchObject({ status: 'opened', fileName: 'board.json' });
  });

  test('a folder is refused by name', async () => {
    await mkdir(file);
    expect(await readPlanFile(file)).toEqual({
      status: 'error',
      message: '“plan.lcplan” is a folder, not a plan file.',
    });
  });

  test('a missing file says it may have been moved or deleted', async () => {
    expect(await readPlanFile(file)).toEqual({
      status: 'error',
      message: '“plan.lcplan” no longer exists; it may have been moved or deleted.',
    });
  });

  test('a file that vanishes after it was checked gives the same message, not a crash', async () => {
    await writeFile(file, GOOD_PLAN);
    const result = await readPlanFile(file, { beforeOpen: () => unlink(file) });
    expect(result).toEqual({
      status: 'error',
      message: '“plan.lcplan” no longer exists; it may have been moved or deleted.',
    });
  });

  test('a file swapped for a folder after it was checked is refused', async () => {
    await writeFile(file, GOOD_PLAN);
    const swap = async () => {
      await unlink(file);
      await mkdir(file);
    };
    expect(await readPlanFile(file, { beforeOpen: swap })).toEqual({
      status: 'error',
      message: '“plan.lcplan” is a folder, not a plan file.',
    });
  });

  test('a file over the limit is refused before it is read, stating the limit', async () => {
    await writeFile(file, '');
    // Sparse: 300 MB by size, no disk used.
    await truncate(file, OVERSIZE);
    expect(await readPlanFile(file)).toEqual({
      status: 'error',
      message:
        'Could not open “plan.lcplan”. The file is 300.0 MB; plan files can be at most 256.0 MB.',
    });
  });

  test('a file that grows past the limit after the check is refused before it is read', async () => {
    await writeFile(file, GOOD_PLAN);
    const result = await readPlanFile(file, { beforeOpen: () => truncate(file, OVERSIZE) });
    expect(result).toMatchObject({ status: 'error' });
    expect(result.status === 'error' && result.message).toMatch(
      /plan files can be at most 256\.0 MB/,
    );
  });

  test('an empty file is refused', async () => {
    await writeFile(file, '');
    expect(await readPlanFile(file)).toEqual({
      status: 'error',
      message: 'Could not open “plan.lcplan”. The file is empty.',
    });
  });

  test('a byte-order mark is refused with a way out', async () => {
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD_PLAN)]));
    const result = await readPlanFile(file);
    expect(result).toMatchObject({ status: 'error' });
    expect(result.status === 'error' && result.message).toMatch(
      /^Could not open “plan\.lcplan”\. The file starts with a byte-order mark\./,
    );
  });

  test('invalid UTF-8 is refused, saying where', async () => {
    await writeFile(file, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    expect(await readPlanFile(file)).toEqual({
      status: 'error',
      message:
        'Could not open “plan.lcplan”. The file is not valid UTF-8 text (byte 2). Plan files are UTF-8: open it in a text editor and save it again with the encoding UTF-8.',
    });
  });

  // Skipped on Windows: it has no mkfifo, so no named pipe can be planted there.
  test.skipIf(process.platform === 'win32')(
    'a named pipe is refused without waiting for a writer',
    async () => {
      execFileSync('mkfifo', [file]);
      expect(await readPlanFile(file)).toEqual({
        status: 'error',
        message: '“plan.lcplan” is not a regular file.',
      });
    },
  );

  // The rest of this block is skipped on Windows: no named pipes in the file system, and
  // symbolic links need rights a test run does not have.
  const posixOnly = test.skipIf(process.platform === 'win32');
  const secret = 'not for the page';

  posixOnly('a file swapped for a named pipe just before opening is refused at once', async () => {
    await writeFile(file, GOOD_PLAN);
    const swap = async () => {
      await unlink(file);
      execFileSync('mkfifo', [file]);
    };
    // A blocking open would wait here for a writer that never comes, until the test times out.
    expect(await readPlanFile(file, { beforeOpen: swap })).toEqual({
      status: 'error',
      message: '“plan.lcplan” is not a regular file.',
    });
  });

  posixOnly('a link to a named pipe is refused at once', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    await symlink(join(dir, 'pipe'), file);
    expect(await readPlanFile(file)).toEqual({
      status: 'error',
      message: '“plan.lcplan” is not a regular file.',
    });
  });

  posixOnly('a link the user made to a plan is followed, and named as they named it', async () => {
    await writeFile(join(dir, 'real.lcplan'), GOOD_PLAN);
    await symlink(join(dir, 'real.lcplan'), file);
    expect(await readPlanFile(file)).toEqual({
      status: 'opened',
      fileName: 'plan.lcplan',
      text: GOOD_PLAN,
    });
  });

  posixOnly('a link planted after the path was resolved is not followed', async () => {
    await writeFile(file, GOOD_PLAN);
    await writeFile(join(dir, 'secret.txt'), secret);
    const swap = async () => {
      await unlink(file);
      await symlink(join(dir, 'secret.txt'), file);
    };
    const result = await readPlanFile(file, { beforeOpen: swap });
    expect(result).toEqual({
      status: 'error',
      message: 'Could not open “plan.lcplan”: it is a symbolic link that is not followed here.',
    });
  });

  posixOnly('with links not followed, a link is refused and its target never read', async () => {
    await writeFile(join(dir, 'secret.txt'), secret);
    await symlink(join(dir, 'secret.txt'), file);
    expect(await readPlanFile(file, { followLink: false })).toEqual({
      status: 'error',
      message: 'Could not open “plan.lcplan”: it is a symbolic link that is not followed here.',
    });
  });

  test('a path through a file is refused with a message', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    expect(await readPlanFile(join(dir, 'a-file', 'plan.lcplan'))).toEqual({
      status: 'error',
      message: '“plan.lcplan” cannot be opened: part of its path is a file, not a folder.',
    });
  });
});

describe('readUpTo', () => {
  test('stops one byte past the limit, so a file that grew while being read is caught', async () => {
    await writeFile(file, 'x'.repeat(5000));
    const handle = await open(file, 'r');
    try {
      expect((await readUpTo(handle, 1000)).byteLength).toBe(1001);
    } finally {
      await handle.close();
    }
  });

  test('reads a file within the limit whole', async () => {
    await writeFile(file, GOOD_PLAN);
    const handle = await open(file, 'r');
    try {
      expect(Buffer.from(await readUpTo(handle, 1000)).toString('utf8')).toBe(GOOD_PLAN);
    } finally {
      await handle.close();
    }
  });
});

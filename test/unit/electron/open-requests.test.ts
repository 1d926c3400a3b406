import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createOpenRequests, planPathsFromArgv } from '../../../electron/main/files/open-requests';
import { FILE_OPENED_CHANNEL, type OpenedFile } from '../../../shared/ipc/contract';
import { FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

describe('planPathsFromArgv', () => {
  const cwd = resolve('/home/ana/plans');
  const exe = '/opt/Lifecycle Planner/lifecycle-planner';

  test.each([
    ['no arguments', [exe], 1, []],
    ['a relative plan file', [exe, 'q3.lcplan'], 1, [join(cwd, 'q3.lcplan')]],
    ['an absolute plan file', [exe, '/tmp/q3.lcplan'], 1, [resolve('/tmp/q3.lcplan')]],
    ['a Trello export', [exe, 'board.json'], 1, [join(cwd, 'board.json')]],
    ['the extension in capitals', [exe, 'Q3.LCPLAN'], 1, [join(cwd, 'Q3.LCPLAN')]],
    ['other files', [exe, 'notes.txt', 'plan.lcplan.bak', 'lcplan'], 1, []],
    [
      'flags, including Chromium ones a second instance gets',
      [exe, '--allow-file-access-from-files', '--flag=x.lcplan', '-psn_0_1234', 'a.lcplan'],
      1,
      [join(cwd, 'a.lcplan')],
    ],
    [
      'after --, a name that looks like a flag',
      [exe, '--', '-odd.lcplan'],
      1,
      [join(cwd, '-odd.lcplan')],
    ],
    [
      'the app path in development',
      ['/usr/bin/electron', 'app.json', 'a.lcplan'],
      2,
      [join(cwd, 'a.lcplan')],
    ],
    ['the executable itself, even if it looks like a plan', ['/x/planner.json'], 1, []],
    ['the same file twice', [exe, 'a.lcplan', './a.lcplan'], 1, [join(cwd, 'a.lcplan')]],
    [
      'a file:// URL, as some Linux desktops pass',
      [exe, pathToFileURL('/tmp/my plan.lcplan').href],
      1,
      [resolve('/tmp/my plan.lcplan')],
    ],
    [
      'a file URL naming another host (a share only Windows can reach)',
      [exe, 'file://remote-host/share/a.lcplan'],
      1,
      process.platform === 'win32' ? ['\\\\remote-host\\share\\a.lcplan'] : [],
    ],
    ['an empty argument', [exe, ''], 1, []],
  ])('%s', (_label, argv, leadingArgs, expected) => {
    expect(planPathsFromArgv(argv, cwd, leadingArgs)).toEqual(expected);
  });
});

describe('createOpenRequests', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'open-requests-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const opened = (path: string): OpenedFile => ({ status: 'opened', fileName: path, text: '{}' });

  function makeQueue(openFile = (path: string) => Promise.resolve(opened(path))) {
    const read = vi.fn(openFile);
    return { queue: createOpenRequests({ openFile: read }), read };
  }

  test('only absolute plan files and Trello exports are queued, whoever hands them over', async () => {
    const { queue, read } = makeQueue();
    const contents = new FakeWebContents();
    queue.attach(contents);
    contents.emit('did-finish-load');
    queue.request([
      '/etc/passwd',
      '/home/ana/notes.txt',
      '/home/ana/plan.lcplan.bak',
      'relative.lcplan',
      '/home/ana/Q3.LCPLAN',
      '/home/ana/board.json',
    ]);
    await queue.settled();
    expect(read.mock.calls.map(([path]) => path)).toEqual([
      '/home/ana/Q3.LCPLAN',
      '/home/ana/board.json',
    ]);
    expect(contents.sent.map(([, file]) => (file as { fileName: string }).fileName)).toEqual([
      '/home/ana/Q3.LCPLAN',
      '/home/ana/board.json',
    ]);
  });

  test('waits for the page to load, then sends each file in order', async () => {
    const { queue, read } = makeQueue();
    const contents = new FakeWebContents();
    queue.request(['/a.lcplan']);
    queue.attach(contents);
    queue.request(['/b.lcplan']);
    await queue.settled();
    expect(read).not.toHaveBeenCalled();
    expect(contents.sent).toEqual([]);

    contents.emit('did-finish-load');
    await queue.settled();
    expect(contents.sent).toEqual([
      [FILE_OPENED_CHANNEL, opened('/a.lcplan')],
      [FILE_OPENED_CHANNEL, opened('/b.lcplan')],
    ]);

    queue.request(['/c.lcplan']);
    await queue.settled();
    expect(contents.sent.at(-1)).toEqual([FILE_OPENED_CHANNEL, opened('/c.lcplan')]);
  });

  test('files wait for the next window when the last one is gone', async () => {
    const { queue } = makeQueue();
    const first = new FakeWebContents();
    queue.attach(first);
    first.emit('did-finish-load');
    first.destroyed = true;
    queue.request(['/a.lcplan']);
    await queue.settled();

    const second = new FakeWebContents();
    queue.attach(second);
    second.emit('did-finish-load');
    await queue.settled();
    expect(second.sent).toEqual([[FILE_OPENED_CHANNEL, opened('/a.lcplan')]]);
  });

  test('a window that closes while a file is read does not lose the file', async () => {
    const first = new FakeWebContents();
    const { queue, read } = makeQueue((path) => {
      first.destroyed = true;
      return Promise.resolve(opened(path));
    });
    queue.attach(first);
    first.emit('did-finish-load');
    queue.request(['/a.lcplan']);
    await queue.settled();
    expect(first.sent).toEqual([]);

    read.mockImplementation((path) => Promise.resolve(opened(path)));
    const second = new FakeWebContents();
    queue.attach(second);
    second.emit('did-finish-load');
    await queue.settled();
    expect(second.sent).toEqual([[FILE_OPENED_CHANNEL, opened('/a.lcplan')]]);
  });

  test('a failure while opening is reported and later files still arrive', async () => {
    const errors: unknown[] = [];
    const openFile = vi
      .fn((path: string) => Promise.resolve(opened(path)))
      .mockRejectedValueOnce(new Error('boom'));
    const queue = createOpenRequests({ openFile, onError: (error) => errors.push(error) });
    const contents = new FakeWebContents();
    queue.attach(contents);
    contents.emit('did-finish-load');
    queue.request(['/a.lcplan']);
    await queue.settled();
    queue.request(['/b.lcplan']);
    await queue.settled();
    expect(errors).toHaveLength(1);
    expect(contents.sent.at(-1)).toEqual([FILE_OPENED_CHANNEL, opened('/b.lcplan')]);
  });

  test('a command line opens only the files that exist', async () => {
    const { queue } = makeQueue();
    await writeFile(join(dir, 'real.lcplan'), '{}');
    await queue.requestFromArgv(['/exe', 'real.lcplan', 'imagined.lcplan', '--verbose'], dir);
    const contents = new FakeWebContents();
    queue.attach(contents);
    contents.emit('did-finish-load');
    await queue.settled();
    expect(contents.sent).toEqual([[FILE_OPENED_CHANNEL, opened(join(dir, 'real.lcplan'))]]);
  });
});

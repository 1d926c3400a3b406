import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_FLUSH_CHANNEL } from '../../../shared/ipc/contract';
import {
  BACKUP_FLUSH_TIMEOUT_MS,
  createBackupFlushWaiter,
  holdCloseForBackups,
  holdQuitForBackups,
} from '../../../electron/main/quit-backup-flush';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createBackupFlushWaiter', () => {
  test('sends the request with its id and resolves when the page answers that id', async () => {
    const waiter = createBackupFlushWaiter(3000);
    const send = vi.fn();
    const outcome = waiter.request(send);
    expect(send).toHaveBeenCalledOnce();
    const [requestId] = send.mock.calls[0] as [string];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await vi.advanceTimersByTimeAsync(100);
    expect(waiter.flushed(requestId)).toBe(true);
    await expect(outcome).resolves.toBe('flushed');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('each request gets its own id', () => {
    const waiter = createBackupFlushWaiter(3000);
    const ids: string[] = [];
    void waiter.request((id) => ids.push(id));
    void waiter.request((id) => ids.push(id));
    expect(new Set(ids).size).toBe(2);
  });

  test('an answer sent unasked, or naming another request, releases nothing', async () => {
    const waiter = createBackupFlushWaiter(3000, () => 'the-real-request');
    let settled: string | null = null;
    void waiter.request(() => undefined).then((outcome) => (settled = outcome));
    expect(waiter.flushed('a-guess')).toBe(false);
    expect(waiter.flushed('')).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBeNull();
    expect(waiter.flushed('the-real-request')).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe('flushed');
    // Answered once: the same answer again is no longer pending.
    expect(waiter.flushed('the-real-request')).toBe(false);
  });

  test('a late answer to an earlier request does not release a later one', async () => {
    let next = 0;
    const waiter = createBackupFlushWaiter(3000, () => `request-${String((next += 1))}`);
    const first = waiter.request(() => undefined);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(first).resolves.toBe('timed-out');
    let second: string | null = null;
    void waiter.request(() => undefined).then((outcome) => (second = outcome));
    expect(waiter.flushed('request-1')).toBe(false);
    await vi.advanceTimersByTimeAsync(2999);
    expect(second).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(second).toBe('timed-out');
  });

  test('gives up after the time limit, and not before', async () => {
    const waiter = createBackupFlushWaiter(3000);
    let settled: string | null = null;
    void waiter.request(() => undefined).then((outcome) => (settled = outcome));
    await vi.advanceTimersByTimeAsync(2999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe('timed-out');
  });

  test('the default limit is three seconds', () => {
    expect(BACKUP_FLUSH_TIMEOUT_MS).toBe(3000);
  });

  test('a page that cannot be asked does not hold anything up', async () => {
    const waiter = createBackupFlushWaiter(3000);
    await expect(
      waiter.request(() => {
        throw new Error('Object has been destroyed');
      }),
    ).resolves.toBe('timed-out');
  });

  test('an answer with nothing pending is ignored', () => {
    expect(createBackupFlushWaiter().flushed('anything')).toBe(false);
  });
});

describe('holdQuitForBackups', () => {
  class FakeApp extends EventEmitter {
    readonly quit = vi.fn(() => {
      let prevented = false;
      this.emit('before-quit', { preventDefault: () => (prevented = true) });
      return prevented;
    });
  }
  const contents = () => ({ sent: [] as [string, string][], destroyed: false });

  function setUp(target: ReturnType<typeof contents> | null) {
    const app = new FakeApp();
    const waiter = createBackupFlushWaiter(3000);
    holdQuitForBackups(
      app,
      () =>
        target && {
          isDestroyed: () => target.destroyed,
          send: (channel: string, requestId: string) => void target.sent.push([channel, requestId]),
        },
      waiter,
    );
    return { app, waiter };
  }

  function beforeQuit(app: FakeApp): boolean {
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    return prevented;
  }

  test('the first quit asks the page, waits for its answer, then quits for real', async () => {
    const page = contents();
    const { app, waiter } = setUp(page);
    expect(beforeQuit(app)).toBe(true);
    expect(page.sent).toEqual([[BACKUP_FLUSH_CHANNEL, expect.any(String)]]);
    await vi.advanceTimersByTimeAsync(500);
    expect(app.quit).not.toHaveBeenCalled();
    waiter.flushed(page.sent[0]?.[1] ?? '');
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quit).toHaveBeenCalledOnce();
    // The quit it made went through, and the page was asked only once.
    expect(app.quit.mock.results[0]?.value).toBe(false);
    expect(page.sent).toHaveLength(1);
  });

  test('a page that never answers delays the quit by three seconds only', async () => {
    const { app } = setUp(contents());
    expect(beforeQuit(app)).toBe(true);
    await vi.advanceTimersByTimeAsync(2999);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  test('with no window, or a destroyed one, the quit is not held', () => {
    expect(beforeQuit(setUp(null).app)).toBe(false);
    const gone = contents();
    gone.destroyed = true;
    expect(beforeQuit(setUp(gone).app)).toBe(false);
    expect(gone.sent).toEqual([]);
  });
});

describe('holdCloseForBackups', () => {
  class FakeWindow extends EventEmitter {
    destroyed = false;
    readonly sent: [string, string][] = [];
    readonly webContents = {
      isDestroyed: () => this.destroyed,
      send: (channel: string, requestId: string) => void this.sent.push([channel, requestId]),
    };
    closedForReal = 0;
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.closedForReal += 1;
    }
  }

  test('the first close waits for the page to write its backups, then closes', async () => {
    const window = new FakeWindow();
    const waiter = createBackupFlushWaiter(3000);
    holdCloseForBackups(window, waiter);
    window.close();
    expect(window.sent).toEqual([[BACKUP_FLUSH_CHANNEL, expect.any(String)]]);
    expect(window.closedForReal).toBe(0);
    waiter.flushed(window.sent[0]?.[1] ?? '');
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closedForReal).toBe(1);
  });

  test('a page that never answers delays the close by the time limit only', async () => {
    const window = new FakeWindow();
    holdCloseForBackups(window, createBackupFlushWaiter(3000));
    window.close();
    await vi.advanceTimersByTimeAsync(2999);
    expect(window.closedForReal).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.closedForReal).toBe(1);
  });

  test('a window whose page is gone closes at once', () => {
    const window = new FakeWindow();
    window.destroyed = true;
    holdCloseForBackups(window, createBackupFlushWaiter(3000));
    window.close();
    expect(window.sent).toEqual([]);
    expect(window.closedForReal).toBe(1);
  });
});

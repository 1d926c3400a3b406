/**
 * The desktop app's document host over the preload's bridge: the page speaks of files only by
 * main's tokens, news of a changed file reaches the watcher of that file alone, and a refused
 * call comes back as an answer the save code handles rather than an exception.
 */
import { describe, expect, test, vi } from 'vitest';
import type { PlannerApi } from '../../../shared/ipc/contract';
import { electronDocuments } from '../../../renderer/src/platform/electron-documents';

function fakeBridge() {
  let changed: (token: string) => void = () => undefined;
  const api = {
    openDocument: vi.fn(() =>
      Promise.resolve({
        status: 'opened' as const,
        token: 't-1',
        name: 'q3.lcplan',
        text: 'x',
        stamp: 'a'.repeat(64),
      }),
    ),
    readDocument: vi.fn((_token: string) => Promise.reject(new Error('IPC refused'))),
    writeDocument: vi.fn(() => Promise.resolve({ status: 'changed' as const })),
    watchDocument: vi.fn(() => Promise.resolve()),
    sameDocument: vi.fn(() => Promise.resolve(true)),
    showDocument: vi.fn(() => Promise.resolve()),
    onDocumentChanged: vi.fn((listener: (token: string) => void) => {
      changed = listener;
      return () => undefined;
    }),
  };
  // Only the document methods are used; the rest of the bridge is not reached.
  const host = electronDocuments(api as unknown as PlannerApi);
  return { api, host, fileChanged: (token: string) => changed(token) };
}

describe('the desktop document host', () => {
  test('an opened file is known by its token, never a path', async () => {
    const { host } = fakeBridge();
    expect(await host.open()).toEqual({
      status: 'opened',
      location: { kind: 'desktop', token: 't-1' },
      name: 'q3.lcplan',
      text: 'x',
      stamp: 'a'.repeat(64),
    });
  });

  test('news of a changed file reaches only its watchers, until they stop', () => {
    const { api, host, fileChanged } = fakeBridge();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = host.watch({ kind: 'desktop', token: 't-1' }, first);
    host.watch({ kind: 'desktop', token: 't-2' }, second);
    expect(api.watchDocument).toHaveBeenCalledWith('t-1', true);
    fileChanged('t-1');
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
    stopFirst();
    expect(api.watchDocument).toHaveBeenCalledWith('t-1', false);
    fileChanged('t-1');
    expect(first).toHaveBeenCalledOnce();
    expect(api.onDocumentChanged).toHaveBeenCalledOnce();
  });

  test('a refused read is reported as unreadable; a write passes the stamp it expects', async () => {
    const { api, host } = fakeBridge();
    const file = host.file({ kind: 'desktop', token: 't-1' });
    expect(await file.read()).toEqual({ status: 'unreadable', message: 'IPC refused' });
    expect(await file.write(['a', 'b'], null)).toEqual({ status: 'changed' });
    expect(api.writeDocument).toHaveBeenCalledWith({
      token: 't-1',
      parts: ['a', 'b'],
      expectedStamp: null,
    });
  });

  test('the title names the document by its token; files bound in a browser are never the same', async () => {
    const { api, host } = fakeBridge();
    host.showDocument({
      name: 'q3.lcplan',
      edited: true,
      location: { kind: 'desktop', token: 't-1' },
    });
    expect(api.showDocument).toHaveBeenCalledWith({
      name: 'q3.lcplan',
      edited: true,
      token: 't-1',
    });
    host.showDocument(null);
    expect(api.showDocument).toHaveBeenLastCalledWith(null);
    const browser = { kind: 'browser' as const, handle: {} };
    expect(await host.sameFile(browser, { kind: 'desktop', token: 't-1' })).toBe(false);
    expect(api.sameDocument).not.toHaveBeenCalled();
  });
});

import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createDocumentsQuitGuard,
  holdCloseForDocuments,
  holdQuitForDocuments,
  unsavedQuestion,
  type UnsavedChoice,
} from '../../../electron/main/documents/quit-documents';
import { DOCUMENT_QUIT_CHANNEL } from '../../../shared/ipc/document-contract';
import { FakeBrowserWindow, app, dialog, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

/** A page that answers each question with the files it still has unsaved. */
function pageAnswering(answers: Record<'flush' | 'save', string[][]>) {
  const asked: string[] = [];
  const contents = {
    isDestroyed: () => false,
    send: (_channel: string, requestId: string, action: 'flush' | 'save') => {
      asked.push(action);
      const unsaved = answers[action].shift() ?? [];
      setTimeout(() => guard.answered(requestId, unsaved), 5);
    },
  };
  const askUser = vi.fn<(unsaved: readonly string[]) => Promise<UnsavedChoice>>();
  const guard = createDocumentsQuitGuard({ target: () => contents, askUser, timeoutMs: 1000 });
  return { guard, asked, askUser };
}

class FakeApp extends EventEmitter {
  readonly quit = vi.fn();
}

function quitOnce(target: FakeApp): boolean {
  let prevented = false;
  target.emit('before-quit', { preventDefault: () => (prevented = true) });
  return prevented;
}

describe('the question before quitting', () => {
  test('with every file saved by autosave, the app quits without asking', async () => {
    const { guard, asked, askUser } = pageAnswering({ flush: [[]], save: [] });
    const fakeApp = new FakeApp();
    holdQuitForDocuments(fakeApp, () => guard);
    expect(quitOnce(fakeApp)).toBe(true);
    await vi.waitFor(() => expect(fakeApp.quit).toHaveBeenCalledOnce());
    expect(asked).toEqual(['flush']);
    expect(askUser).not.toHaveBeenCalled();
    expect(quitOnce(fakeApp)).toBe(false);
  });

  test('autosave off: the user is asked, and Cancel keeps the app open; the next quit asks again', async () => {
    const { guard, askUser } = pageAnswering({ flush: [['q3.lcplan'], ['q3.lcplan']], save: [] });
    let answer: (choice: UnsavedChoice) => void = () => undefined;
    askUser.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const fakeApp = new FakeApp();
    holdQuitForDocuments(fakeApp, () => guard);
    expect(quitOnce(fakeApp)).toBe(true);
    await vi.waitFor(() => expect(askUser).toHaveBeenCalledWith(['q3.lcplan']));
    // A second quit while the user decides waits for the same answer.
    expect(quitOnce(fakeApp)).toBe(true);
    answer('cancel');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fakeApp.quit).not.toHaveBeenCalled();
    expect(askUser).toHaveBeenCalledOnce();
    expect(quitOnce(fakeApp)).toBe(true);
    await vi.waitFor(() => expect(askUser).toHaveBeenCalledTimes(2));
    answer('cancel');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fakeApp.quit).not.toHaveBeenCalled();
  });

  test('Save has the page save them, asks again about one that still failed, then quits', async () => {
    const { guard, asked, askUser } = pageAnswering({
      flush: [['a.lcplan', 'b.lcplan']],
      save: [['b.lcplan'], []],
    });
    askUser.mockResolvedValue('save');
    await expect(guard.settle()).resolves.toBe(true);
    expect(asked).toEqual(['flush', 'save', 'save']);
    expect(askUser.mock.calls).toEqual([[['a.lcplan', 'b.lcplan']], [['b.lcplan']]]);
  });

  test("Don't Save quits with the changes left in the app, and a later close passes", async () => {
    const { guard, asked, askUser } = pageAnswering({ flush: [['q3.lcplan']], save: [] });
    askUser.mockResolvedValue('discard');
    await expect(guard.settle()).resolves.toBe(true);
    expect(asked).toEqual(['flush']);
    expect(guard.isDecided()).toBe(true);
    await expect(guard.settle()).resolves.toBe(true);
    expect(asked).toEqual(['flush']);
  });

  test('a page that never answers cannot keep the app open', async () => {
    const askUser = vi.fn<(unsaved: readonly string[]) => Promise<UnsavedChoice>>();
    const guard = createDocumentsQuitGuard({
      target: () => ({ isDestroyed: () => false, send: () => undefined }),
      askUser,
      timeoutMs: 30,
    });
    await expect(guard.settle()).resolves.toBe(true);
    expect(askUser).not.toHaveBeenCalled();
  });

  test('an answer to no request of main is ignored', () => {
    const { guard } = pageAnswering({ flush: [], save: [] });
    expect(guard.answered('made-up', ['x.lcplan'])).toBe(false);
  });

  test('closing the window is held the same way, and Cancel keeps it open', async () => {
    const { guard, askUser } = pageAnswering({ flush: [['q3.lcplan']], save: [] });
    askUser.mockResolvedValue('cancel');
    const window = new FakeBrowserWindow({});
    holdCloseForDocuments(window, guard);
    window.close();
    await vi.waitFor(() => expect(askUser).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.isDestroyed()).toBe(false);
  });

  test('the question names the file, or counts and lists the files', () => {
    expect(unsavedQuestion(['q3.lcplan'])).toMatchObject({
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      cancelId: 2,
      message: 'Do you want to save the changes you made to “q3.lcplan”?',
    });
    expect(unsavedQuestion(['a.lcplan', 'b.lcplan'])).toMatchObject({
      message: 'Do you want to save the changes you made to 2 files?',
      detail: expect.stringContaining('a.lcplan, b.lcplan') as unknown,
    });
  });
});

describe('quitting the app with a bound file unsaved (main as it starts)', () => {
  let userData: string;
  beforeEach(async () => {
    resetFakeElectron();
    userData = await mkdtemp(join(tmpdir(), 'quit-documents-'));
    app.userData = userData;
  });
  afterEach(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  test('autosave off: the system asks; Cancel keeps the app running', async () => {
    vi.resetModules();
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [window] = FakeBrowserWindow.instances;
    if (!window) throw new Error('no window');
    window.webContents.mainFrame.url = pathToFileURL(window.loadedFile ?? '').href;
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const answer = (channel: string, body: Record<string, unknown>) =>
      ipcMain.handlers.get(channel)?.(event, body);

    app.emit('before-quit', { preventDefault: () => undefined });
    const backup = window.webContents.sent.find(([channel]) => channel === 'backup:flush-request');
    await answer('backup:flushed', { requestId: backup?.[1] });
    const question = window.webContents.sent.find(([channel]) => channel === DOCUMENT_QUIT_CHANNEL);
    expect(question).toEqual([DOCUMENT_QUIT_CHANNEL, expect.any(String), 'flush']);
    await answer('document:quit-answer', { requestId: question?.[1], unsaved: ['q3.lcplan'] });

    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({
      message: 'Do you want to save the changes you made to “q3.lcplan”?',
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Backups asked for their quit once; the answer about the file was Cancel.
    expect(app.quit).toHaveBeenCalledOnce();
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

import { mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DOCUMENT_TOKENS_NAME,
  createDocumentTokens,
} from '../../../electron/main/documents/document-tokens';
import {
  NOT_A_PLAN_MESSAGE,
  UNKNOWN_TOKEN_MESSAGE,
  registerDocumentHandlers,
  type DocumentHandlers,
} from '../../../electron/main/ipc/document-handlers';
import { createIpcGate } from '../../../electron/main/ipc/handle';
import { RECENT_FILES_NAME, createRecentFiles } from '../../../electron/main/files/recent-files';
import { DOCUMENT_CHANGED_CHANNEL } from '../../../shared/ipc/document-contract';
import { sha256Hex } from '../../../shared/plan-file/fingerprint';
import { FakeBrowserWindow, app, dialog, ipcMain, resetFakeElectron } from './fake-electron';
import { planText } from './plan-texts';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';
const PLAN = planText('plan-1', 'Q3', 2);

let dir: string;
let userData: string;
let window: FakeBrowserWindow;
let handlers: DocumentHandlers;

function register(platform: NodeJS.Platform = 'linux') {
  ipcMain.handlers.clear();
  handlers = registerDocumentHandlers(createIpcGate(APP_URL), {
    tokens: createDocumentTokens(join(userData, DOCUMENT_TOKENS_NAME)),
    recentFiles: createRecentFiles(join(userData, RECENT_FILES_NAME)),
    addRecentDocument: (path) => app.addRecentDocument(path),
    quitGuard: () => null,
    platform,
    watchDebounceMs: 30,
  });
}

/** Calls a channel the way the preload would, from our own window's main frame. */
async function invoke(channel: string, request?: unknown): Promise<Record<string, unknown>> {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  return (await listener(event, request)) as Record<string, unknown>;
}

async function openPlan(path: string): Promise<string> {
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
  const opened = await invoke('document:open');
  expect(opened).toMatchObject({ status: 'opened' });
  return opened.token as string;
}

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'document-handlers-'));
  userData = await mkdtemp(join(tmpdir(), 'document-handlers-user-'));
  window = new FakeBrowserWindow({});
  register();
});
afterEach(async () => {
  handlers.close();
  await rm(dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

describe('opening and saving documents', () => {
  test('Open gives a token, the name, the text and its stamp, and joins the recent lists', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const opened = await invoke('document:open');
    expect(opened).toEqual({
      status: 'opened',
      token: expect.any(String),
      name: 'q3.lcplan',
      text: PLAN,
      stamp: sha256Hex(PLAN),
    });
    expect(JSON.stringify(opened)).not.toContain(dir);
    expect(app.addRecentDocument).toHaveBeenCalledWith(path);
    const recent = JSON.parse(await readFile(join(userData, RECENT_FILES_NAME), 'utf8')) as {
      files: { path: string }[];
    };
    expect(recent.files.map((file) => file.path)).toEqual([path]);
  });

  test('a cancelled dialog opens nothing; a dropped file that is not a plan is refused', async () => {
    expect(await invoke('document:open')).toEqual({ status: 'cancelled' });
    const json = join(dir, 'board.json');
    await writeFile(json, '{}');
    expect(await invoke('document:open-dropped', { path: json })).toEqual({
      status: 'error',
      message: NOT_A_PLAN_MESSAGE,
    });
    expect(await invoke('document:open-dropped', { path: 'q3.lcplan' })).toMatchObject({
      status: 'error',
    });
  });

  test('Save As to a new file: no stamp, the first write creates it and adds it to recent files', async () => {
    const path = join(dir, 'new.lcplan');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const chosen = await invoke('document:choose-save', { suggestedName: 'New / plan' });
    expect(chosen).toEqual({
      status: 'chosen',
      token: expect.any(String),
      name: 'new.lcplan',
      stamp: null,
    });
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: 'New plan.lcplan',
    });
    const saved = await invoke('document:write', {
      token: chosen.token,
      parts: [PLAN],
      expectedStamp: null,
    });
    expect(saved).toEqual({ status: 'saved', stamp: sha256Hex(PLAN) });
    expect(await readFile(path, 'utf8')).toBe(PLAN);
    expect(app.addRecentDocument).toHaveBeenCalledWith(path);
  });

  test('Save As over an existing plan gives its stamp, so the replacing write lands', async () => {
    const path = join(dir, 'old.lcplan');
    await writeFile(path, PLAN);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const chosen = await invoke('document:choose-save', { suggestedName: 'Old' });
    expect(chosen).toMatchObject({ status: 'chosen', stamp: sha256Hex(PLAN) });
    const next = planText('plan-2', 'Other', 1);
    expect(
      await invoke('document:write', {
        token: chosen.token,
        parts: [next],
        expectedStamp: chosen.stamp,
      }),
    ).toMatchObject({ status: 'saved' });
    expect(await readFile(path, 'utf8')).toBe(next);
  });

  test('a write refuses after someone else changed the file, and a read then sees their change', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    const theirs = planText('plan-1', 'Q3 theirs', 2);
    await writeFile(path, theirs);
    const write = {
      token,
      parts: [planText('plan-1', 'Q3 mine', 2)],
      expectedStamp: sha256Hex(PLAN),
    };
    expect(await invoke('document:write', write)).toEqual({ status: 'changed' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(await invoke('document:read', { token })).toEqual({
      status: 'read',
      text: theirs,
      stamp: sha256Hex(theirs),
    });
  });

  test('a vanished file reads as missing; an unknown token names no file at all', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    await rm(path);
    expect(await invoke('document:read', { token })).toMatchObject({ status: 'missing' });
    expect(await invoke('document:read', { token: 'made-up' })).toEqual({
      status: 'missing',
      message: UNKNOWN_TOKEN_MESSAGE,
    });
    const write = { token: 'made-up', parts: [PLAN], expectedStamp: null };
    expect(await invoke('document:write', write)).toEqual({
      status: 'missing',
      message: UNKNOWN_TOKEN_MESSAGE,
    });
  });

  test('a malformed write is refused by the gate before any file is touched', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    await expect(
      invoke('document:write', { token, parts: 'text', expectedStamp: null }),
    ).rejects.toThrow(/malformed request at parts/);
    await expect(
      invoke('document:write', { token, parts: [PLAN], expectedStamp: 'not-a-stamp' }),
    ).rejects.toThrow(/malformed request at expectedStamp/);
    expect(await readFile(path, 'utf8')).toBe(PLAN);
  });

  test('bindings survive a restart: the same token still names the file', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    handlers.close();
    register();
    expect(await invoke('document:read', { token })).toMatchObject({ status: 'read', text: PLAN });
  });

  test('two tokens for one file through a link are the same file', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    const link = join(dir, 'link.lcplan');
    await symlink(path, link);
    const linkToken = await openPlan(link);
    expect(linkToken).not.toBe(token);
    expect(await invoke('document:same-file', { a: token, b: linkToken })).toBe(true);
    const other = join(dir, 'other.lcplan');
    await writeFile(other, PLAN);
    const otherToken = await openPlan(other);
    expect(await invoke('document:same-file', { a: token, b: token })).toBe(true);
    expect(await invoke('document:same-file', { a: token, b: otherToken })).toBe(false);
    expect(await invoke('document:same-file', { a: token, b: 'made-up' })).toBe(false);
  });
});

describe('watching and the window', () => {
  test('an external rename over the file tells the page which token changed', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    await invoke('document:watch', { token, watching: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const incoming = join(dir, 'q3.lcplan.partial');
    await writeFile(incoming, planText('plan-1', 'Q3 synced', 2));
    await rename(incoming, path);
    await vi.waitFor(
      () => expect(window.webContents.sent).toContainEqual([DOCUMENT_CHANGED_CHANNEL, token]),
      { timeout: 3000 },
    );
  });

  test("the page's own write is no news to it", async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    await invoke('document:watch', { token, watching: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = planText('plan-1', 'Q3 next', 2);
    await invoke('document:write', { token, parts: [next], expectedStamp: sha256Hex(PLAN) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await handlers.checkFiles();
    expect(window.webContents.sent).toEqual([]);
  });

  test('the title names the file with an unsaved mark; macOS gets its own mark and the file', async () => {
    const path = join(dir, 'q3.lcplan');
    await writeFile(path, PLAN);
    const token = await openPlan(path);
    await invoke('document:show', { name: 'q3.lcplan', edited: true, token });
    expect(window.title).toBe('• q3.lcplan — Lifecycle Planner');
    await invoke('document:show', null);
    expect(window.title).toBe('Lifecycle Planner');

    register('darwin');
    await invoke('document:show', { name: 'q3.lcplan', edited: true, token });
    expect(window.title).toBe('q3.lcplan — Lifecycle Planner');
    expect(window.documentEdited).toBe(true);
    expect(window.representedFilename).toBe(path);
    // The page's own <title> no longer replaces it.
    let prevented = false;
    window.emit('page-title-updated', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

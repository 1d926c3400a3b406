import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  paperSizeForRegion,
  printOutcome,
  registerExportHandlers,
  viewFileName,
} from '../../../electron/main/ipc/export-handlers';
import { createIpcGate } from '../../../electron/main/ipc/handle';
import { FakeBrowserWindow, dialog, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff]);
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);

type PrintCallback = (success: boolean, failureReason: string) => void;

/** What the handlers use of a WebContents beyond the fake's: Chromium's printing and capture. */
function withPageCapture(contents: FakeBrowserWindow['webContents']) {
  const page = {
    printToPDF: vi.fn((_options: unknown) => Promise.resolve(Buffer.from(PDF_BYTES))),
    capturePage: vi.fn((..._args: unknown[]) =>
      Promise.resolve({ isEmpty: (): boolean => false, toPNG: () => Buffer.from(PNG_BYTES) }),
    ),
    getZoomFactor: vi.fn(() => 1),
    print: vi.fn((_options: unknown, callback: PrintCallback) => callback(true, '')),
  };
  Object.assign(contents, page);
  return page;
}

let dir: string;
let window: FakeBrowserWindow;
let page: ReturnType<typeof withPageCapture>;
let region = 'DE';

function invokeAs(sender: FakeBrowserWindow['webContents'], channel: string, ...args: unknown[]) {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener({ sender, senderFrame: sender.mainFrame }, ...args) as Promise<unknown>;
}
const invoke = (channel: string, ...args: unknown[]) =>
  invokeAs(window.webContents, channel, ...args);

const saveTo = (path: string) => ({ canceled: false, filePath: path });
const VIEW = { planName: 'Portfolio 2026', viewName: 'Board' };

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'export-handlers-'));
  window = new FakeBrowserWindow({});
  page = withPageCapture(window.webContents);
  region = 'DE';
  registerExportHandlers(createIpcGate(APP_URL), { region: () => region });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('registers the export and print channels', () => {
  expect([...ipcMain.handlers.keys()].sort()).toEqual([
    'app:print',
    'file:export-pdf',
    'file:export-png',
  ]);
});

describe('paperSizeForRegion', () => {
  test.each([
    ['US', 'Letter'],
    ['ca', 'Letter'],
    ['MX', 'Letter'],
    ['PH', 'Letter'],
    ['DE', 'A4'],
    ['GB', 'A4'],
    ['JP', 'A4'],
    ['', 'A4'],
  ])('%j → %s', (code, size) => {
    expect(paperSizeForRegion(code)).toBe(size);
  });
});

describe('viewFileName', () => {
  test.each([
    ['Portfolio 2026', 'Board', 'pdf', 'Portfolio 2026 – Board.pdf'],
    ['Q3/Q4: "Growth"', 'Timeline', 'png', 'Q3 Q4 Growth – Timeline.png'],
    ['', 'Health', 'pdf', 'Health.pdf'],
    ['../../etc/passwd', '', 'png', 'etc passwd.png'],
    ['Plan', 'Receipt Scanner <draft>', 'pdf', 'Plan – Receipt Scanner draft.pdf'],
  ])('%j and %j → %s', (plan, view, ext, expected) => {
    expect(viewFileName(plan, view, ext)).toBe(expected);
  });

  test('a very long plan name is cut, whole characters only', () => {
    const name = viewFileName('🚀'.repeat(500), 'Board', 'pdf');
    // 120 bytes of UTF-8: thirty rockets of four bytes each.
    expect([...name.replace(' – Board.pdf', '')]).toHaveLength(30);
    // A cut through the middle of an emoji would leave half a character, which cannot encode.
    expect(() => encodeURIComponent(name)).not.toThrow();
  });
});

describe('file:export-pdf', () => {
  test('prints the page in landscape with backgrounds and saves the exact bytes atomically', async () => {
    const target = join(dir, 'Portfolio 2026 – Board.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce(saveTo(target));
    await expect(invoke('file:export-pdf', VIEW)).resolves.toEqual({
      status: 'saved',
      fileName: 'Portfolio 2026 – Board.pdf',
    });
    expect(page.printToPDF).toHaveBeenCalledWith({
      landscape: true,
      printBackground: true,
      pageSize: 'A4',
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: 'Portfolio 2026 – Board.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(new Uint8Array(await readFile(target))).toEqual(PDF_BYTES);
    // Nothing but the file: the temporary file was renamed over it.
    expect(await readdir(dir)).toEqual(['Portfolio 2026 – Board.pdf']);
  });

  test('uses Letter where the user is in North America', async () => {
    region = 'US';
    await invoke('file:export-pdf', VIEW);
    expect(page.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter' }));
  });

  test('a cancelled dialog writes nothing', async () => {
    await expect(invoke('file:export-pdf', VIEW)).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  test('a print engine failure is a message, and no dialog is shown', async () => {
    page.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(invoke('file:export-pdf', VIEW)).resolves.toEqual({
      status: 'error',
      message: 'Printing failed',
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  test('a failed write is explained and leaves no file behind', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce(saveTo(join(dir, 'gone', 'a.pdf')));
    await expect(invoke('file:export-pdf', VIEW)).resolves.toEqual({
      status: 'error',
      message: `Could not save “a.pdf”: the folder “${join(dir, 'gone')}” does not exist (ENOENT).`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  test('the next export starts in the folder of the last one', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce(saveTo(join(dir, 'first.pdf')));
    await invoke('file:export-pdf', VIEW);
    await invoke('file:export-png', { ...VIEW, viewName: 'Health', area: null });
    expect(dialog.showSaveDialog.mock.calls[1]?.[1]).toMatchObject({
      defaultPath: join(dir, 'Portfolio 2026 – Health.png'),
    });
  });

  test.each([
    [{ planName: 'P' }, 'at viewName'],
    [{ ...VIEW, path: '/etc/passwd' }, 'at (root)'],
    [{ planName: 1, viewName: 'Board' }, 'at planName'],
    [{ planName: 'P', viewName: 'x'.repeat(20_001) }, 'at viewName'],
  ])('the gate refuses a malformed request %#', async (request, where) => {
    await expect(invoke('file:export-pdf', request)).rejects.toThrow(`malformed request ${where}`);
    expect(page.printToPDF).not.toHaveBeenCalled();
  });

  test('a window that is not ours is refused before anything is printed', async () => {
    const stray = new FakeBrowserWindow({});
    FakeBrowserWindow.instances.pop();
    const strayPage = withPageCapture(stray.webContents);
    await expect(invokeAs(stray.webContents, 'file:export-pdf', VIEW)).rejects.toThrow(
      'IPC file:export-pdf refused: the sender is not one of our windows.',
    );
    expect(strayPage.printToPDF).not.toHaveBeenCalled();
  });
});

describe('file:export-png', () => {
  const AREA = { x: 0, y: 56, width: 1280, height: 640 };

  test('captures the view area, scaled by the page zoom, and saves the PNG', async () => {
    page.getZoomFactor.mockReturnValue(1.5);
    const target = join(dir, 'shot.png');
    dialog.showSaveDialog.mockResolvedValueOnce(saveTo(target));
    await expect(invoke('file:export-png', { ...VIEW, area: AREA })).resolves.toEqual({
      status: 'saved',
      fileName: 'shot.png',
    });
    expect(page.capturePage).toHaveBeenCalledWith({ x: 0, y: 84, width: 1920, height: 960 });
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: 'Portfolio 2026 – Board.png',
      filters: [{ name: 'PNG image', extensions: ['png'] }],
    });
    expect(new Uint8Array(await readFile(target))).toEqual(PNG_BYTES);
  });

  test('without an area it captures the whole window', async () => {
    await invoke('file:export-png', { ...VIEW, area: null });
    expect(page.capturePage).toHaveBeenCalledWith();
  });

  test('an empty capture is explained, and nothing is asked or written', async () => {
    page.capturePage.mockResolvedValueOnce({ isEmpty: () => true, toPNG: () => Buffer.alloc(0) });
    await expect(invoke('file:export-png', { ...VIEW, area: null })).resolves.toMatchObject({
      status: 'error',
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  test('a cancelled dialog writes nothing', async () => {
    await expect(invoke('file:export-png', { ...VIEW, area: AREA })).resolves.toEqual({
      status: 'cancelled',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  test.each([
    [{ ...VIEW }, 'at area'],
    [{ ...VIEW, area: { ...AREA, x: -1 } }, 'at area.x'],
    [{ ...VIEW, area: { ...AREA, width: 0 } }, 'at area.width'],
    [{ ...VIEW, area: { ...AREA, height: 10.5 } }, 'at area.height'],
    [{ ...VIEW, area: { ...AREA, width: 100_000 } }, 'at area.width'],
    [{ ...VIEW, area: { ...AREA, width: Number.NaN } }, 'at area.width'],
    [{ ...VIEW, area: { ...AREA, scale: 2 } }, 'at area'],
  ])('the gate refuses a malformed request %#', async (request, where) => {
    await expect(invoke('file:export-png', request)).rejects.toThrow(`malformed request ${where}`);
    expect(page.capturePage).not.toHaveBeenCalled();
  });
});

describe('app:print', () => {
  test('opens the print dialog for the page, backgrounds included', async () => {
    await expect(invoke('app:print')).resolves.toEqual({ status: 'printed' });
    expect(page.print).toHaveBeenCalledWith({ printBackground: true }, expect.any(Function));
  });

  test('closing the dialog is a cancel, a failure is a message', async () => {
    page.print.mockImplementationOnce((_options, callback) =>
      callback(false, 'Print job canceled'),
    );
    await expect(invoke('app:print')).resolves.toEqual({ status: 'cancelled' });
    page.print.mockImplementationOnce((_options, callback) => callback(false, 'Print job failed'));
    await expect(invoke('app:print')).resolves.toEqual({
      status: 'error',
      message: 'Could not print: Print job failed.',
    });
  });

  test('refuses a payload', async () => {
    await expect(invoke('app:print', { silent: true })).rejects.toThrow('malformed request');
    expect(page.print).not.toHaveBeenCalled();
  });

  test.each([
    [true, '', { status: 'printed' }],
    [false, 'Print job canceled', { status: 'cancelled' }],
    [false, '', { status: 'error', message: 'Could not print: unknown error.' }],
  ])('printOutcome(%j, %j)', (success, reason, outcome) => {
    expect(printOutcome(success, reason)).toEqual(outcome);
  });
});

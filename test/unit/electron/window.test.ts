import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  WINDOW_BACKGROUND,
  appPaths,
  createMainWindow,
  windowPlacement,
} from '../../../electron/main/window';
import { createWindowStateStore } from '../../../electron/main/window-state';
import { FakeBrowserWindow, nativeTheme, resetFakeElectron, screen } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

beforeEach(resetFakeElectron);

describe('windowPlacement', () => {
  const bounds = { x: 40, y: 30, width: 1200, height: 800, maximized: false };

  test('stays hidden until ready, at the remembered bounds, no smaller than the minimum', () => {
    const options = windowPlacement(bounds);
    expect(options).toMatchObject({ show: false, x: 40, y: 30, width: 1200, height: 800 });
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(400);
  });

  test('names no position when none is remembered, so the window is centred', () => {
    const options = windowPlacement({ width: 1000, height: 700, maximized: false });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  test('paints the theme background before the page loads', () => {
    expect(windowPlacement(bounds, true).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(windowPlacement(bounds, false).backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });

  test('carries no web preferences: those are written where the window is created', () => {
    expect(windowPlacement(bounds)).not.toHaveProperty('webPreferences');
  });
});

describe('appPaths', () => {
  test('finds the preload and renderer beside the main bundle', () => {
    const paths = appPaths(join('/opt', 'app.asar', 'dist', 'electron', 'main'));
    expect(paths.preload).toBe(
      join('/opt', 'app.asar', 'dist', 'electron', 'preload', 'index.cjs'),
    );
    expect(paths.rendererIndex).toBe(join('/opt', 'app.asar', 'dist', 'renderer', 'index.html'));
  });
});

describe('createMainWindow', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'main-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const paths = { preload: '/app/preload.cjs', rendererIndex: '/app/renderer/index.html' };

  test('creates the window with locked-down web preferences', async () => {
    await createMainWindow(paths, createWindowStateStore(join(dir, 'window-state.json')));
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    });
    // webSecurity and the other safety switches stay at their safe defaults.
    for (const key of ['webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures']) {
      expect(window?.options.webPreferences).not.toHaveProperty(key);
    }
  });

  test('loads the renderer and shows the window only when it is ready to show', async () => {
    const store = createWindowStateStore(join(dir, 'window-state.json'));
    await createMainWindow(paths, store);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.loadedFile).toBe('/app/renderer/index.html');
    expect(window?.visible).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
    expect(window?.maximized).toBe(false);
  });

  test('brings back a maximized window on a display that still exists', async () => {
    const file = join(dir, 'window-state.json');
    await writeFile(
      file,
      JSON.stringify({ x: 3000, y: 10, width: 900, height: 600, maximized: true }),
    );
    screen.workAreas = [{ x: 0, y: 0, width: 1600, height: 900 }];
    await createMainWindow(paths, createWindowStateStore(file));
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options).toMatchObject({ x: 350, y: 150, width: 900, height: 600 });
    window?.emit('ready-to-show');
    expect(window?.maximized).toBe(true);
  });

  test('follows the system theme for the area behind the page', async () => {
    nativeTheme.shouldUseDarkColors = true;
    await createMainWindow(paths, createWindowStateStore(join(dir, 'window-state.json')));
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    nativeTheme.shouldUseDarkColors = false;
    nativeTheme.emit('updated');
    expect(window?.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    window?.emit('closed');
    expect(nativeTheme.listenerCount('updated')).toBe(0);
  });
});

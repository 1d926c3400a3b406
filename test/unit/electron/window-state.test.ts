import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  clampToWorkAreas,
  createWindowStateStore,
  readWindowState,
  type Rect,
  type WindowState,
} from '../../../electron/main/window-state';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'window-state-'));
  file = join(dir, 'window-state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A window that reports whatever bounds the test gives it. */
class StubWindow extends EventEmitter {
  bounds: Rect = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  getNormalBounds = () => ({ ...this.bounds });
  isMaximized = () => this.maximized;
}

describe('readWindowState', () => {
  test('a missing file gives the defaults', async () => {
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  test.each([
    ['corrupt JSON', '{"width": 900,'],
    ['the wrong shape', '{"width": "wide", "height": 700, "maximized": false}'],
    ['a negative size', '{"width": -5, "height": 700, "maximized": false}'],
    ['fractional pixels', '{"width": 900.5, "height": 700, "maximized": false}'],
    ['a JSON string', '"hello"'],
    ['an empty file', ''],
  ])('%s gives the defaults', async (_label, content) => {
    await writeFile(file, content);
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  test('bytes that are not UTF-8 give the defaults', async () => {
    await writeFile(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  test('an oversized file is not parsed', async () => {
    const valid = { x: 1, y: 2, width: 900, height: 700, maximized: false };
    await writeFile(file, JSON.stringify(valid) + ' '.repeat(10_000));
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  test('a folder where the file should be gives the defaults', async () => {
    await mkdir(file);
    expect(await readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  test('a valid file is read back', async () => {
    const saved: WindowState = { x: -1200, y: 40, width: 1100, height: 760, maximized: true };
    await writeFile(file, JSON.stringify(saved));
    expect(await readWindowState(file)).toEqual(saved);
  });
});

describe('createWindowStateStore', () => {
  test('saves the normal bounds and maximized flag when the window closes, and reads them back', async () => {
    const store = createWindowStateStore(file, { saveDelayMs: 60_000 });
    const window = new StubWindow();
    store.track(window);
    window.bounds = { x: 100, y: 50, width: 1024, height: 768 };
    window.maximized = true;
    window.emit('close');
    await store.flush();

    expect(await store.read()).toEqual({
      x: 100,
      y: 50,
      width: 1024,
      height: 768,
      maximized: true,
    });
    // Atomic writes leave no temporary file behind.
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  test('saves after moving once the delay has passed, with the last position only', async () => {
    const store = createWindowStateStore(file, { saveDelayMs: 10 });
    const window = new StubWindow();
    store.track(window);
    window.bounds = { x: 1, y: 1, width: 800, height: 600 };
    window.emit('move');
    window.bounds = { x: 300.4, y: 200.6, width: 900, height: 650 };
    window.emit('resize');
    await expect
      .poll(() => readWindowState(file), { timeout: 2000 })
      .toMatchObject({ x: 300, y: 201 });
    await store.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      x: 300,
      y: 201,
      width: 900,
      height: 650,
      maximized: false,
    });
  });

  test('a failed write is reported, not thrown, and later writes still happen', async () => {
    const errors: unknown[] = [];
    const missingFolderFile = join(dir, 'gone', 'window-state.json');
    const store = createWindowStateStore(missingFolderFile, { onError: (e) => errors.push(e) });
    const window = new StubWindow();
    store.track(window);
    window.emit('close');
    await store.flush();
    expect(errors).toHaveLength(1);

    await mkdir(join(dir, 'gone'));
    window.emit('close');
    await store.flush();
    expect(errors).toHaveLength(1);
    expect(await readWindowState(missingFolderFile)).toMatchObject({ x: 10, y: 20 });
  });
});

describe('clampToWorkAreas', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const left: Rect = { x: -1280, y: 0, width: 1280, height: 984 };
  const state = (x: number | undefined, y: number | undefined, width = 1000, height = 700) => ({
    ...(x === undefined || y === undefined ? {} : { x, y }),
    width,
    height,
    maximized: false,
  });

  test.each([
    ['fully visible: unchanged', state(100, 100), [primary], state(100, 100)],
    ['on the second display: unchanged', state(-1200, 50), [primary, left], state(-1200, 50)],
    ['display unplugged: centred on primary', state(-1200, 50), [primary], state(460, 170)],
    ['far off to the right: centred', state(5000, 5000), [primary], state(460, 170)],
    ['hanging off the bottom right: pulled in', state(1500, 900), [primary], state(920, 340)],
    [
      'above the top: pulled down so the title bar is reachable',
      state(100, -300),
      [primary],
      state(100, 0),
    ],
    [
      'larger than the display: shrunk to fit',
      state(0, 0, 4000, 3000),
      [primary],
      state(0, 0, 1920, 1040),
    ],
    [
      'smaller than the minimum: grown',
      state(10, 10, 200, 100),
      [primary],
      state(10, 10, 720, 480),
    ],
    [
      'no position: size fitted, left to the window manager',
      state(undefined, undefined, 3000, 700),
      [primary],
      state(undefined, undefined, 1920, 700),
    ],
    [
      'mostly on the left display: kept there and pulled inside it',
      state(-900, 100, 1000, 700),
      [primary, left],
      state(-1000, 100, 1000, 700),
    ],
  ])('%s', (_label, input, areas, expected) => {
    expect(clampToWorkAreas(input, areas)).toEqual(expected);
  });

  test('keeps the maximized flag', () => {
    expect(clampToWorkAreas({ ...state(5000, 5000), maximized: true }, [primary]).maximized).toBe(
      true,
    );
  });

  test('with no displays reported, leaves the state alone', () => {
    expect(clampToWorkAreas(state(5000, 5000), [])).toEqual(state(5000, 5000));
  });
});

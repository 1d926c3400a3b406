/**
 * Owns `window-state.json` in the user-data folder: the main window's size, position and
 * maximized flag. The file is a convenience, so reading never throws (a missing, oversized or
 * corrupt file gives the defaults) and every write is atomic (files/atomic-write.ts),
 * serialised so an older state can never land after a newer one.
 */
import { readFile, stat } from 'node:fs/promises';
import * as v from 'valibot';
import { writeFileAtomic } from './files/atomic-write';

export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;
const MAX_STATE_FILE_BYTES = 4096;
const SAVE_DELAY_MS = 400;

const dimension = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));
const coordinate = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));

export const windowStateSchema = v.object({
  x: v.optional(coordinate),
  y: v.optional(coordinate),
  width: dimension,
  height: dimension,
  maximized: v.boolean(),
});
export type WindowState = v.InferOutput<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** No position: the window manager centres a window that does not name one. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export async function readWindowState(file: string): Promise<WindowState> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_STATE_FILE_BYTES) return { ...DEFAULT_WINDOW_STATE };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
    const parsed = v.safeParse(windowStateSchema, JSON.parse(text) as unknown);
    return parsed.success ? parsed.output : { ...DEFAULT_WINDOW_STATE };
  } catch {
    // Missing file, unreadable file, bad UTF-8 or bad JSON: all mean "start fresh".
    return { ...DEFAULT_WINDOW_STATE };
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * Fits a remembered state onto the displays present now (their work areas, primary first).
 * A window that overlaps a display is shrunk to fit it and moved fully inside it; one that
 * overlaps none (its monitor was unplugged) is centred on the primary display.
 */
export function clampToWorkAreas(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return state;
  const fitSize = (area: Rect) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height),
  });
  if (state.x === undefined || state.y === undefined) {
    return { maximized: state.maximized, ...fitSize(primary) };
  }
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlapArea(bounds, area);
    if (shared > bestArea) {
      best = area;
      bestArea = shared;
    }
  }
  const target = best ?? primary;
  const size = fitSize(target);
  if (best === undefined) {
    return {
      maximized: state.maximized,
      ...size,
      x: target.x + Math.floor((target.width - size.width) / 2),
      y: target.y + Math.floor((target.height - size.height) / 2),
    };
  }
  return {
    maximized: state.maximized,
    ...size,
    x: clamp(state.x, target.x, target.x + target.width - size.width),
    y: clamp(state.y, target.y, target.y + target.height - size.height),
  };
}

/** What the store needs from a BrowserWindow; a narrow shape keeps it testable without one. */
export interface TrackableWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

export interface WindowStateStore {
  read(): Promise<WindowState>;
  /** Saves on move/resize (debounced) and once more, at once, when the window closes. */
  track(window: TrackableWindow): void;
  /** Resolves when every queued write has reached the disk; never rejects. */
  flush(): Promise<void>;
}

export function createWindowStateStore(
  file: string,
  { saveDelayMs = SAVE_DELAY_MS, onError = (_error: unknown): void => undefined } = {},
): WindowStateStore {
  let writes: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const enqueueWrite = (state: WindowState) => {
    const text = `${JSON.stringify(v.parse(windowStateSchema, state), null, 2)}\n`;
    writes = writes.then(() => writeFileAtomic(file, text)).catch(onError);
  };

  const snapshot = (window: TrackableWindow): WindowState => {
    // Normal bounds, not current ones: a maximized window should come back to the size it
    // had before it was maximized when the user restores it.
    const { x, y, width, height } = window.getNormalBounds();
    return {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
    };
  };

  return {
    read: () => readWindowState(file),
    track(window) {
      const saveSoon = () => {
        clearTimeout(timer);
        timer = setTimeout(() => enqueueWrite(snapshot(window)), saveDelayMs);
      };
      for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
        window.on(event, saveSoon);
      }
      window.on('close', () => {
        clearTimeout(timer);
        enqueueWrite(snapshot(window));
      });
    },
    flush: () => writes,
  };
}

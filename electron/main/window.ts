/** The main window: locked-down web preferences, shown only once it has painted. */
import { join } from 'node:path';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  clampToWorkAreas,
  type WindowState,
  type WindowStateStore,
} from './window-state';

// Painted before the renderer's first frame, so these match --bg in renderer/src/styles/base.css;
// otherwise a dark-mode user sees a white flash at start-up.
export const WINDOW_BACKGROUND = { light: '#f4f5f8', dark: '#0f1218' } as const;

export interface AppPaths {
  preload: string;
  rendererIndex: string;
}

/**
 * Where the bundles sit relative to the main bundle (`dist/electron/main/index.cjs`); the same
 * layout holds inside app.asar, so one rule serves development and the packaged app.
 */
export function appPaths(mainBundleDir: string): AppPaths {
  return {
    preload: join(mainBundleDir, '..', 'preload', 'index.cjs'),
    rendererIndex: join(mainBundleDir, '..', '..', 'renderer', 'index.html'),
  };
}

/** Where the window opens and how it looks before the page paints; its web preferences are
 * written where it is created (createMainWindow), so a reader and the static checks see them. */
export function windowPlacement(
  bounds: WindowState,
  prefersDark = false,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x === undefined || bounds.y === undefined ? {} : { x: bounds.x, y: bounds.y }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Lifecycle Planner',
    show: false,
    backgroundColor: prefersDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
  };
}

export async function createMainWindow(
  paths: AppPaths,
  stateStore: WindowStateStore,
): Promise<BrowserWindow> {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const state = clampToWorkAreas(await stateStore.read(), workAreas);
  const window = new BrowserWindow({
    ...windowPlacement(state, nativeTheme.shouldUseDarkColors),
    // The page gets no Node, runs sandboxed in its own isolated world, and reaches main only
    // through the preload's one bridge object. Electronegativity asks for every preload to be
    // reviewed: this one exposes one named method per IPC channel and nothing else
    // (electron/preload/index.ts; test/unit/electron/preload.test.ts holds it to that).
    webPreferences: {
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      // No middle-click (auxclick) events: nothing in the app uses them, and a middle-click
      // on a link is one more way to ask for a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // Keeps the area behind the page in step when the user or the app switches theme.
  const followTheme = () => {
    window.setBackgroundColor(
      nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    );
  };
  nativeTheme.on('updated', followTheme);
  window.on('closed', () => nativeTheme.off('updated', followTheme));

  stateStore.track(window);
  window.loadFile(paths.rendererIndex).catch((error: unknown) => {
    // A visible empty window with a logged cause beats an app that seems never to start.
    console.error('Lifecycle Planner could not load its window:', error);
    window.show();
  });
  return window;
}

/**
 * A stand-in for the `electron` module, which cannot load in Node (its binary is not here).
 * Tests replace only `electron` with this (vi.mock) and drive our real modules through it:
 * `app` and web contents are event emitters, so a test emits the events Electron would.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

let nextProcessId = 1;

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  readonly mainFrame: FakeFrame;
  readonly sent: [string, ...unknown[]][] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  reloads = 0;

  constructor(url = 'file:///app/dist/renderer/index.html') {
    super();
    this.mainFrame = { url, parent: null, processId: nextProcessId++, routingId: 1 };
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads += 1;
  }
  /** Emits a navigation event the way Electron does; returns whether a guard prevented it. */
  emitNavigation(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

class FakeBrowserWindowClass extends EventEmitter {
  static instances: FakeBrowserWindowClass[] = [];
  static focused: FakeBrowserWindowClass | null = null;
  static getAllWindows = () => [...FakeBrowserWindowClass.instances];
  static getFocusedWindow = () => FakeBrowserWindowClass.focused;
  static fromWebContents = (contents: unknown) =>
    FakeBrowserWindowClass.instances.find((window) => window.webContents === contents) ?? null;

  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  loadedFile: string | null = null;
  visible = false;
  maximized = false;
  minimized = false;
  focusCount = 0;
  destroyed = false;
  backgroundColor: string | null = null;
  normalBounds: Bounds;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    const number = (key: string) => (typeof options[key] === 'number' ? options[key] : 0);
    this.normalBounds = {
      x: number('x'),
      y: number('y'),
      width: number('width'),
      height: number('height'),
    };
    FakeBrowserWindowClass.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: 'close' can be prevented; otherwise the window is gone. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  getNormalBounds(): Bounds {
    return { ...this.normalBounds };
  }
  setBackgroundColor(color: string): void {
    this.backgroundColor = color;
  }
  title = '';
  documentEdited = false;
  representedFilename = '';
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  setRepresentedFilename(path: string): void {
    this.representedFilename = path;
  }
}

export class FakeMenuItem {
  enabled: boolean;
  constructor(
    readonly id: string,
    enabled = true,
  ) {
    this.enabled = enabled;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  userData = '/nonexistent/user-data';
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly addRecentDocument = vi.fn((_path: string) => undefined);
  requestSingleInstanceLock = () => this.hasLock;
  getName = () => 'Lifecycle Planner';
  getVersion = () => '9.8.7';
  getPath = (name: string) => (name === 'userData' ? this.userData : `/nonexistent/${name}`);
}

class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = false;
  themeSource: 'system' | 'light' | 'dark' = 'system';
}

/** Electron's ClipboardItem: the forms it was made with, by MIME type. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, string>) {}
}

function createFakeElectron() {
  const app = new FakeApp();
  const nativeTheme = new FakeNativeTheme();
  const shell = {
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    /** Resolves with an error message, or '' when the path opened. */
    openPath: vi.fn((_path: string) => Promise.resolve('')),
  };
  const ipcMain = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void {
      if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      this.handlers.set(channel, listener);
    },
  };
  const screen = {
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }] as Bounds[],
    getPrimaryDisplay: () => ({ workArea: screen.workAreas[0] }),
    getAllDisplays: () => screen.workAreas.map((workArea) => ({ workArea })),
  };
  /** Dialogs answer what the test queued (mockResolvedValueOnce); by default, cancel. */
  const dialog = {
    showSaveDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> =>
      Promise.resolve({ canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn(
      (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> =>
        Promise.resolve({ canceled: true, filePaths: [] }),
    ),
    /** By default the user presses the first button. */
    showMessageBox: vi.fn(
      (..._args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> =>
        Promise.resolve({ response: 0, checkboxChecked: false }),
    ),
  };
  /** The path Electron knows for a File; a File made by script has none (''). */
  const webUtils = {
    paths: new WeakMap<object, string>(),
    getPathForFile: (file: object) => webUtils.paths.get(file) ?? '',
  };
  /** The system clipboard: what the last write put there. */
  const clipboard = {
    written: [] as FakeClipboardItem[],
    write: vi.fn((items: FakeClipboardItem[]) => {
      clipboard.written = items;
      return Promise.resolve();
    }),
  };
  const Menu = {
    applicationMenu: null as { getMenuItemById(id: string): FakeMenuItem | null } | null,
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
    getApplicationMenu: () => Menu.applicationMenu,
  };

  type RendererListener = (event: unknown, ...args: unknown[]) => void;

  /** The preload's side: what it exposes, what it invokes, and who listens on which channel. */
  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld(key: string, api: unknown): void {
      contextBridge.exposed.set(key, api);
    },
  };
  const ipcRenderer = {
    invoked: [] as unknown[][],
    listeners: new Map<string, Set<RendererListener>>(),
    invoke(...args: unknown[]): Promise<unknown> {
      ipcRenderer.invoked.push(args);
      return Promise.resolve(`answer to ${String(args[0])}`);
    },
    on(channel: string, listener: RendererListener): void {
      const set = ipcRenderer.listeners.get(channel) ?? new Set<RendererListener>();
      set.add(listener);
      ipcRenderer.listeners.set(channel, set);
    },
    removeListener(channel: string, listener: RendererListener): void {
      ipcRenderer.listeners.get(channel)?.delete(listener);
    },
    /** Delivers a message from main as Electron would, with an event object first. */
    deliver(channel: string, ...args: unknown[]): void {
      for (const listener of ipcRenderer.listeners.get(channel) ?? [])
        listener({ sender: 'ipc' }, ...args);
    },
  };

  return {
    app,
    BrowserWindow: FakeBrowserWindowClass,
    clipboard,
    ClipboardItem: FakeClipboardItem,
    contextBridge,
    dialog,
    ipcRenderer,
    Menu,
    ipcMain,
    nativeTheme,
    screen,
    shell,
    webUtils,
  };
}

// Tests that re-run a module with vi.resetModules get a fresh copy of this file, while the
// mocked `electron` may still hold the old one. Keeping the fakes on globalThis (each test
// file runs in its own worker) means every copy hands out the same objects.
const FAKE_KEY = Symbol.for('lifecycle-planner.fake-electron');
const registry = globalThis as { [FAKE_KEY]?: ReturnType<typeof createFakeElectron> };
export const electronModule = (registry[FAKE_KEY] ??= createFakeElectron());
export const {
  app,
  BrowserWindow: FakeBrowserWindow,
  clipboard,
  contextBridge,
  dialog,
  ipcRenderer,
  Menu,
  ipcMain,
  nativeTheme,
  screen,
  shell,
  webUtils,
} = electronModule;
export type FakeBrowserWindow = FakeBrowserWindowClass;

/** Puts every fake back as new; call in beforeEach. */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.hasLock = true;
  app.userData = '/nonexistent/user-data';
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.themeSource = 'system';
  ipcMain.handlers.clear();
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  Menu.applicationMenu = null;
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  for (const mock of [
    app.quit,
    app.exit,
    app.enableSandbox,
    app.whenReady,
    app.addRecentDocument,
    shell.openExternal,
  ]) {
    mock.mockClear();
  }
  Menu.buildFromTemplate.mockClear();
  // mockReset puts back the implementation given to vi.fn: cancel.
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
  dialog.showMessageBox.mockReset();
  shell.openPath.mockReset();
  clipboard.written = [];
  clipboard.write.mockClear();
  contextBridge.exposed.clear();
  ipcRenderer.invoked = [];
  ipcRenderer.listeners.clear();
  Menu.setApplicationMenu.mockClear();
}

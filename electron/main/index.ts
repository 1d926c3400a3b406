/**
 * Main-process lifecycle only: one instance, guards before any window exists, then IPC, menu
 * and the window, and files the OS asks us to open. Everything with logic lives in the
 * modules it imports, which are tested.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import type { AppCommand } from '../../shared/commands';
import { MENU_COMMAND_CHANNEL, type RecentFile } from '../../shared/ipc/contract';
import { createDesktopDocuments } from './documents/desktop-documents';
import { openExternalLink } from './external-links';
import { BACKUP_FOLDER_SETTING_NAME, createBackupFolderStore } from './files/backup-folder';
import { BACKUPS_FOLDER_NAME, createBackupStore } from './files/backups';
import { createOpenRequests } from './files/open-requests';
import { createWorkerPlanChecker } from './files/plan-check';
import { RECENT_FILES_NAME, createRecentFiles, openAndRemember } from './files/recent-files';
import { LOGS_FOLDER_NAME, createAppLog } from './app-log';
import { registerAppHandlers } from './ipc/app-handlers';
import { registerBackupHandlers } from './ipc/backup-handlers';
import { registerExportHandlers } from './ipc/export-handlers';
import { registerFileHandlers } from './ipc/file-handlers';
import { registerSettingsHandlers } from './ipc/settings-handlers';
import { createIpcGate } from './ipc/handle';
import { buildApplicationMenu } from './menu';
import {
  createBackupFlushWaiter,
  holdCloseForBackups,
  holdQuitForBackups,
} from './quit-backup-flush';
import { createProcessCare } from './process-care';
import { installSecurityGuards } from './security';
import { appPaths, createMainWindow } from './window';
import { createWindowStateStore, type WindowStateStore } from './window-state';

// Bounded so a stuck disk can delay quitting a little but never keep the app alive.
const QUIT_FLUSH_TIMEOUT_MS = 2000;

const paths = appPaths(__dirname);
const appIndexUrl = pathToFileURL(paths.rendererIndex).href;
let mainWindow: BrowserWindow | null = null;
let mainWindowOpening: Promise<void> | null = null;
/** Shared by quitting and closing the window: both wait for the page's pending backups. */
const backupFlush = createBackupFlushWaiter();
// Set once the app is ready; until then, start() opens the first window itself.
let windowStateStore: WindowStateStore | null = null;

const recentFiles = createRecentFiles(join(app.getPath('userData'), RECENT_FILES_NAME), {
  onError: (error) => console.error('Could not save the recent files list:', error),
});
const documents = createDesktopDocuments({
  userData: app.getPath('userData'),
  recentFiles,
  addRecentDocument: (path) => app.addRecentDocument(path),
  platform: process.platform,
});
// A local log of processes that died; Help → Show Logs opens its folder. Never sent anywhere.
const processCare = createProcessCare(
  createAppLog(join(app.getPath('userData'), LOGS_FOLDER_NAME), {
    onError: (error) => console.error('Could not write the log:', error),
  }),
);
const openRequests = createOpenRequests({
  openFile: async (path) => documents.withToken(path, await openAndRemember(recentFiles, path)),
  // `electron .` in development puts the app's path after the executable.
  leadingArgs: process.defaultApp ? 2 : 1,
  onError: (error) => console.error('Could not open a file:', error),
});

function sendCommand(command: AppCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Opens the main window unless it exists or is being created (macOS may 'activate' meanwhile). */
function ensureMainWindow(stateStore: WindowStateStore): Promise<void> {
  if (mainWindow !== null) return Promise.resolve();
  mainWindowOpening ??= createMainWindow(paths, stateStore)
    .then((window) => {
      mainWindow = window;
      processCare.watchWindow(window);
      openRequests.attach(window.webContents);
      holdCloseForBackups(window, backupFlush);
      documents.attachWindow(window);
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
    })
    .finally(() => {
      mainWindowOpening = null;
    });
  return mainWindowOpening;
}

function restoreMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Brings the window forward, or opens one if none is left (macOS keeps running without). */
function showMainWindow(): void {
  if (windowStateStore === null) return;
  if (mainWindow !== null) {
    restoreMainWindow();
    return;
  }
  ensureMainWindow(windowStateStore).catch((error: unknown) => {
    console.error('Could not open the window:', error);
  });
}

function openFromOutside(paths: readonly string[]): void {
  openRequests.request(paths);
  showMainWindow();
}

function buildMenu(files: readonly RecentFile[]): void {
  buildApplicationMenu({
    appName: app.getName(),
    platform: process.platform,
    isPackaged: app.isPackaged,
    sendCommand,
    openLink: (url) => void openExternalLink(url),
    showLogs: () => void processCare.showLogs(),
    recentFiles: files,
    openRecentFile: (path) => openFromOutside([path]),
    clearRecentFiles: () => void recentFiles.clear(),
  });
}

/** Holds the quit until the last window-state write lands, once. */
function flushBeforeQuit(stateStore: WindowStateStore): void {
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_FLUSH_TIMEOUT_MS));
    void Promise.race([stateStore.flush(), timeout]).then(() => {
      flushed = true;
      app.quit();
    });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  installSecurityGuards(appIndexUrl);
  const handle = createIpcGate(appIndexUrl);
  registerAppHandlers(handle);
  registerFileHandlers(handle, recentFiles);
  registerExportHandlers(handle);
  documents.register(handle);
  const backupFolders = createBackupFolderStore(
    join(app.getPath('userData'), BACKUP_FOLDER_SETTING_NAME),
    join(app.getPath('userData'), BACKUPS_FOLDER_NAME),
  );
  await backupFolders.load();
  registerBackupHandlers(
    handle,
    createBackupStore(backupFolders.current, {
      // Beside this bundle: build/build-electron.mjs writes both into dist/electron/main/.
      checkPlan: createWorkerPlanChecker(join(__dirname, 'plan-check-worker.cjs')),
    }),
    backupFlush,
  );
  registerSettingsHandlers(handle, backupFolders);
  holdQuitForBackups(app, () => mainWindow?.webContents ?? null, backupFlush);
  documents.holdQuit(app, () => mainWindow);
  buildMenu(await recentFiles.list());
  recentFiles.onChange(buildMenu);

  const stateStore = createWindowStateStore(join(app.getPath('userData'), 'window-state.json'), {
    onError: (error) => console.error('Could not save the window state:', error),
  });
  flushBeforeQuit(stateStore);
  windowStateStore = stateStore;

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits them.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    ensureMainWindow(stateStore).catch((error: unknown) => {
      console.error('Could not open the window:', error);
    });
  });
  await ensureMainWindow(stateStore);
}

// Every renderer is sandboxed, whatever a window's own preferences say.
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  // Windows and Linux: a file opened while we run starts a second copy, which hands us its argv.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showMainWindow();
    void openRequests.requestFromArgv(argv, workingDirectory);
  });
  // macOS hands files over with this event, possibly before 'ready', so it is listened for now.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside([path]);
  });
  void openRequests.requestFromArgv(process.argv, process.cwd());
  start().catch((error: unknown) => {
    console.error('Lifecycle Planner failed to start:', error);
    app.exit(1);
  });
} else {
  // Another instance owns the data; it has been told to come forward (second-instance).
  app.quit();
}

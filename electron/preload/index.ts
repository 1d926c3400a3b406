/**
 * The whole bridge: one `planner` object with one named method per contract channel. The
 * renderer never receives ipcRenderer, an event object or a way to name a channel itself.
 *
 * Only types come from the contract: a sandboxed preload bundles everything it uses, and the
 * schemas (valibot) belong in main, where payloads are checked.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isAppCommand } from '../../shared/commands';
import type {
  BACKUP_FLUSH_CHANNEL,
  ChannelRequest,
  ChannelResponse,
  FILE_OPENED_CHANNEL,
  InvokeChannel,
  MENU_COMMAND_CHANNEL,
  OpenedFile,
  PlannerApi,
} from '../../shared/ipc/contract';
import { documentBridge } from './documents';

const menuCommandChannel: typeof MENU_COMMAND_CHANNEL = 'menu:command';
const fileOpenedChannel: typeof FILE_OPENED_CHANNEL = 'file:opened';
const backupFlushChannel: typeof BACKUP_FLUSH_CHANNEL = 'backup:flush-request';
/** Files that arrive before the page subscribes wait here; more than this is not a user. */
const MAX_UNCLAIMED_FILES = 20;

/** Typed so a misspelt channel or a wrong payload fails to compile. */
function invoke<C extends InvokeChannel>(
  channel: C,
  request: ChannelRequest<C>,
): Promise<ChannelResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<ChannelResponse<C>>;
}

/**
 * The listener's type promises an OpenedFile, so the payload is checked by hand (valibot is not
 * bundled here) and only the known fields are passed on.
 */
function asOpenedFile(value: unknown): OpenedFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, fileName, text, message, documentToken } = value as Record<string, unknown>;
  if (status === 'opened' && typeof fileName === 'string' && typeof text === 'string') {
    return typeof documentToken === 'string'
      ? { status, fileName, text, documentToken }
      : { status, fileName, text };
  }
  if (status === 'error' && typeof message === 'string') return { status, message };
  if (status === 'cancelled') return { status };
  return null;
}

/*
 * Main sends a file as soon as the page has loaded, which can be before React has mounted
 * the component that subscribes. So the preload listens from the start and holds what
 * arrives until the first subscriber comes.
 */
const fileListeners = new Set<(file: OpenedFile) => void>();
const unclaimedFiles: OpenedFile[] = [];

function deliverUnclaimedFiles(): void {
  while (fileListeners.size > 0 && unclaimedFiles.length > 0) {
    const file = unclaimedFiles.shift() as OpenedFile;
    for (const listener of fileListeners) listener(file);
  }
}

ipcRenderer.on(fileOpenedChannel, (_event: IpcRendererEvent, payload: unknown) => {
  const file = asOpenedFile(payload);
  if (file === null) return;
  if (fileListeners.size === 0) {
    if (unclaimedFiles.length < MAX_UNCLAIMED_FILES) unclaimedFiles.push(file);
    return;
  }
  for (const listener of fileListeners) listener(file);
});

const planner = {
  getAppInfo: () => invoke('app:get-info', undefined),
  openExternal: (url) => invoke('shell:open-external', { url }),
  setThemeSource: (source) => invoke('theme:set-source', source),
  setEditState: (state) =>
    invoke('menu:set-edit-state', { canUndo: state.canUndo, canRedo: state.canRedo }),
  // Fields are copied one by one so nothing extra the page attached crosses the bridge.
  saveFile: (request) =>
    invoke('file:save', {
      kind: request.kind,
      suggestedName: request.suggestedName,
      contents: request.contents,
    }),
  openPlanFile: () => invoke('file:open-plan', undefined),
  openRecentFile: (path) => invoke('file:open-recent', { path }),
  listRecentFiles: () => invoke('file:recent-list', undefined),
  writeBackup: (request) =>
    invoke('backup:write', {
      planId: request.planId,
      planName: request.planName,
      products: request.products,
      contents: request.contents,
      ...(request.keep === undefined ? {} : { keep: request.keep }),
    }),
  listBackups: () => invoke('backup:list', undefined),
  readBackup: (id) => invoke('backup:read', { id }),
  exportPdf: (request) =>
    invoke('file:export-pdf', { planName: request.planName, viewName: request.viewName }),
  exportPng: (request) =>
    invoke('file:export-png', {
      planName: request.planName,
      viewName: request.viewName,
      area:
        request.area === null
          ? null
          : {
              x: request.area.x,
              y: request.area.y,
              width: request.area.width,
              height: request.area.height,
            },
    }),
  print: () => invoke('app:print', undefined),
  writeClipboard: (request) =>
    invoke('clipboard:write', { text: request.text, html: request.html }),
  getBackupFolder: () => invoke('backup:get-folder', undefined),
  chooseBackupFolder: () => invoke('backup:choose-folder', undefined),
  resetBackupFolder: () => invoke('backup:reset-folder', undefined),
  onMenuCommand(listener) {
    // Main is trusted, but the value is still checked: the listener's type promises an AppCommand.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },
  onFileOpened(listener) {
    // A wrapper per subscription, so subscribing one function twice needs two unsubscribes.
    const subscription = (file: OpenedFile) => listener(file);
    fileListeners.add(subscription);
    // Later, not now: the caller gets its unsubscribe function before any file arrives.
    if (unclaimedFiles.length > 0) setTimeout(deliverUnclaimedFiles, 0);
    return () => {
      fileListeners.delete(subscription);
    };
  },
  onFlushBackups(listener) {
    // Main waits for 'backup:flushed' naming its request (or gives up after a few seconds), so
    // the answer is always sent, even when the page's writes failed: a failed write is
    // reported by the page itself.
    const flush = (_event: IpcRendererEvent, requestId: unknown) => {
      if (typeof requestId !== 'string') return;
      void (async () => {
        try {
          await listener();
        } catch {
          // Nothing to add here; main only needs to know the page is done.
        }
        await invoke('backup:flushed', { requestId });
      })().catch(() => undefined);
    };
    ipcRenderer.on(backupFlushChannel, flush);
    return () => {
      ipcRenderer.removeListener(backupFlushChannel, flush);
    };
  },
  ...documentBridge(invoke),
} satisfies PlannerApi;

contextBridge.exposeInMainWorld('planner', planner);

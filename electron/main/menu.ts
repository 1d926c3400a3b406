/**
 * The native menu. Its app commands come from the one registry (shared/commands): each item
 * takes its label and accelerator from there and only sends its id to the focused window,
 * where the renderer runs the same command its toolbar, keys and palette run.
 */
import { dirname } from 'node:path';
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { commandsAt, type AppCommand, type MenuPlace } from '../../shared/commands';
import type { EditState, RecentFile } from '../../shared/ipc/contract';

export const LEARN_MORE_URL = 'https://en.wikipedia.org/wiki/Product_lifecycle';

/** Menu item ids main looks up later to enable or disable. */
export const MENU_ITEM_IDS = { undo: 'undo', redo: 'redo' } as const;

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  sendCommand(command: AppCommand): void;
  /** Opens a web page in the system browser (through external-links.ts). */
  openLink(url: string): void;
  /** Opens the folder of the app's local log (Help → Show Logs). */
  showLogs(): void;
  /** Newest first, as the recent-files store keeps them. */
  recentFiles: readonly RecentFile[];
  openRecentFile(path: string): void;
  clearRecentFiles(): void;
  /** Undo and Redo start from this; a rebuilt menu keeps what the renderer last reported. */
  editState?: EditState;
}

/**
 * Labels for File > Open Recent: the file name, with its folder when two share a name. On
 * Windows and Linux a single & marks a keyboard mnemonic, so a literal one is doubled.
 */
export function recentFileLabels(
  files: readonly RecentFile[],
  platform: NodeJS.Platform,
): string[] {
  return files.map((file) => {
    const shared = files.filter((other) => other.fileName === file.fileName).length > 1;
    const label = shared ? `${file.fileName} — ${dirname(file.path)}` : file.fileName;
    return platform === 'darwin' ? label : label.replaceAll('&', '&&');
  });
}

function openRecentMenu(options: MenuOptions): MenuItemConstructorOptions {
  const labels = recentFileLabels(options.recentFiles, options.platform);
  const entries: MenuItemConstructorOptions[] = options.recentFiles.map((file, index) => ({
    label: labels[index] ?? file.fileName,
    click: () => options.openRecentFile(file.path),
  }));
  return {
    label: 'Open Recent',
    submenu: [
      ...(entries.length === 0 ? [{ label: 'No Recent Files', enabled: false }] : entries),
      { type: 'separator' },
      {
        label: 'Clear Recent',
        enabled: entries.length > 0,
        click: () => options.clearRecentFiles(),
      },
    ],
  };
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  /** Undo and Redo keep ids, so main can enable them as the renderer's history changes. */
  const editState: Partial<Record<AppCommand, { id: string; enabled: boolean }>> = {
    undo: { id: MENU_ITEM_IDS.undo, enabled: options.editState?.canUndo ?? false },
    redo: { id: MENU_ITEM_IDS.redo, enabled: options.editState?.canRedo ?? false },
  };
  const group = (place: MenuPlace): MenuItemConstructorOptions[] =>
    commandsAt(place)
      .filter((command) => command.hosts === undefined || command.hosts.includes('electron'))
      .map((command) => ({
        label: command.label,
        ...(command.keys?.accelerator === undefined
          ? {}
          : { accelerator: command.keys.accelerator }),
        click: () => options.sendCommand(command.id),
        ...editState[command.id],
      }));
  // Reload and dev tools help while developing; in a shipped app they only lose unsaved UI state.
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, separator];

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      // The same commands as File's settings group, under the name macOS gives them.
      ...group('file/settings').map((item) => ({ ...item, label: 'Preferences…' })),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        ...group('file/new'),
        separator,
        ...group('file/open'),
        openRecentMenu(options),
        ...group('file/save'),
        separator,
        ...group('file/import'),
        separator,
        ...group('file/plan'),
        separator,
        ...group('file/export'),
        separator,
        ...group('file/view-export'),
        separator,
        ...group('file/share'),
        separator,
        ...group('file/backup'),
        separator,
        // macOS keeps Settings in the app menu (below).
        ...(isMac ? [] : [...group('file/settings'), separator]),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Disabled until the renderer reports something to undo (menu:set-edit-state).
        ...group('edit/history'),
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        separator,
        ...group('edit/find'),
      ],
    },
    {
      label: 'View',
      submenu: [
        ...group('view/views'),
        separator,
        ...group('view/display'),
        separator,
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'Help',
      role: 'help',
      submenu: [
        ...group('help/guide'),
        separator,
        // The log stays on this computer; the folder opens so the user can read or send it.
        { label: 'Show Logs', click: () => options.showLogs() },
        {
          label: 'Learn More About Product Lifecycles',
          click: () => options.openLink(LEARN_MORE_URL),
        },
        // macOS puts About in the app menu.
        ...(isMac ? [] : [separator, { role: 'about' } satisfies MenuItemConstructorOptions]),
      ],
    },
  ];
  return isMac ? [appMenu, ...template] : template;
}

/**
 * Installs the menu; called again whenever the recent list changes. A rebuilt menu keeps the
 * Undo and Redo states the renderer reported to the menu it replaces.
 */
export function buildApplicationMenu(options: MenuOptions): void {
  const current = Menu.getApplicationMenu();
  const editState = options.editState ?? {
    canUndo: current?.getMenuItemById(MENU_ITEM_IDS.undo)?.enabled ?? false,
    canRedo: current?.getMenuItemById(MENU_ITEM_IDS.redo)?.enabled ?? false,
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...options, editState })));
}

/** The part of a Menu that applyEditState needs; Electron's Menu satisfies it. */
export interface MenuWithItems {
  getMenuItemById(id: string): { enabled: boolean } | null;
}

/** Mirrors the renderer's undo history in the Edit menu. */
export function applyEditState(menu: MenuWithItems | null, state: EditState): void {
  const undo = menu?.getMenuItemById(MENU_ITEM_IDS.undo);
  const redo = menu?.getMenuItemById(MENU_ITEM_IDS.redo);
  if (undo) undo.enabled = state.canUndo;
  if (redo) redo.enabled = state.canRedo;
}

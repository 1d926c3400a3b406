/**
 * The native menu. App commands only send their id to the focused window; the renderer runs
 * the same command its toolbar and shortcuts run (shared/commands.ts), so the two never drift.
 */
import { dirname } from 'node:path';
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_META, type AppCommand } from '../../shared/commands';
import type { EditState, RecentFile } from '../../shared/ipc/contract';

export const LEARN_MORE_URL = 'https://en.wikipedia.org/wiki/Product_lifecycle';

/** Menu item ids main looks up later to enable or disable. */
export const MENU_ITEM_IDS = { undo: 'undo', redo: 'redo' } as const;

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  sendCommand(command: AppCommand): void;
  openExternal(url: string): void;
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
  const command = (id: AppCommand, extra: MenuItemConstructorOptions = {}) => ({
    label: COMMAND_META[id].label,
    ...(COMMAND_META[id].accelerator === undefined
      ? {}
      : { accelerator: COMMAND_META[id].accelerator }),
    click: () => options.sendCommand(id),
    ...extra,
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Reload and dev tools help while developing; in a shipped app they only lose unsaved UI state.
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, separator];

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      command('open-settings', { label: 'Preferences…' }),
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
        command('new-plan'),
        command('new-product'),
        command('load-sample'),
        separator,
        command('import-plan'),
        openRecentMenu(options),
        separator,
        command('export-plan'),
        command('export-markdown'),
        command('export-csv'),
        command('export-backlog-csv'),
        command('export-html'),
        separator,
        command('export-pdf'),
        command('export-png'),
        command('print'),
        separator,
        command('stakeholder-update'),
        separator,
        command('restore-backup'),
        separator,
        // macOS keeps Preferences in the app menu.
        ...(isMac ? [] : [command('open-settings'), separator]),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Disabled until the renderer reports something to undo (menu:set-edit-state).
        command('undo', { id: MENU_ITEM_IDS.undo, enabled: options.editState?.canUndo ?? false }),
        command('redo', { id: MENU_ITEM_IDS.redo, enabled: options.editState?.canRedo ?? false }),
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        separator,
        command('focus-search'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('toggle-archived'),
        command('toggle-theme'),
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
        {
          label: 'Learn More About Product Lifecycles',
          click: () => options.openExternal(LEARN_MORE_URL),
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

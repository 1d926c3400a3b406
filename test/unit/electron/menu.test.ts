import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  LEARN_MORE_URL,
  MENU_ITEM_IDS,
  applyEditState,
  buildApplicationMenu,
  menuTemplate,
  recentFileLabels,
  type MenuOptions,
} from '../../../electron/main/menu';
import type { RecentFile } from '../../../shared/ipc/contract';
import { COMMANDS, type AppCommand } from '../../../shared/commands';
import { FakeMenuItem, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

function makeOptions(overrides: Partial<MenuOptions> = {}) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  const openedRecent: string[] = [];
  const clearRecent = vi.fn();
  const shownLogs: true[] = [];
  const options: MenuOptions = {
    appName: 'Lifecycle Planner',
    platform: 'linux',
    isPackaged: true,
    sendCommand: (command) => sent.push(command),
    openLink: (url) => opened.push(url),
    showLogs: () => shownLogs.push(true),
    recentFiles: [],
    openRecentFile: (path) => openedRecent.push(path),
    clearRecentFiles: clearRecent,
    ...overrides,
  };
  return { options, sent, opened, openedRecent, clearRecent, shownLogs };
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}

function topLevel(template: MenuItemConstructorOptions[]): (string | undefined)[] {
  return template.map((item) => item.label ?? item.role);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`item ${item?.label ?? '?'} has no click`);
  // Our handlers ignore Electron's arguments; the casts stand in for objects Electron passes.
  item.click(
    ...([{}, undefined, {}] as unknown as Parameters<
      NonNullable<MenuItemConstructorOptions['click']>
    >),
  );
}

function recent(path: string): RecentFile {
  const fileName = path.split('/').at(-1) ?? path;
  return { path, fileName, openedAt: '2025-01-01T00:00:00.000Z' };
}

function submenuOf(
  items: MenuItemConstructorOptions[] | undefined,
  label: string,
): MenuItemConstructorOptions[] {
  const submenu = items?.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no submenu ${label}`);
  return submenu;
}

beforeEach(resetFakeElectron);

describe('menuTemplate', () => {
  test.each(COMMANDS.filter((command) => command.menu !== null))(
    'has one item for $id, labelled and bound from the registry, that sends its id',
    (command) => {
      const { options, sent } = makeOptions();
      const items = allItems(menuTemplate(options)).filter((item) => item.label === command.label);
      expect(items).toHaveLength(1);
      expect(items[0]?.accelerator).toBe(command.keys?.accelerator);
      click(items[0]);
      expect(sent).toEqual([command.id]);
    },
  );

  test('re-binding a command in the registry re-binds its menu item', () => {
    const command = COMMANDS.find((c) => c.id === 'import-plan');
    if (!command?.keys) throw new Error('no import command');
    const was = command.keys.accelerator;
    try {
      (command.keys as { accelerator?: string }).accelerator = 'CmdOrCtrl+I';
      const item = allItems(menuTemplate(makeOptions().options)).find(
        (i) => i.label === command.label,
      );
      expect(item?.accelerator).toBe('CmdOrCtrl+I');
    } finally {
      (command.keys as { accelerator?: string }).accelerator = was;
    }
  });

  test('Help holds the user guide, the shortcut sheet and Show Logs', () => {
    const { options, sent, shownLogs } = makeOptions();
    const help = submenuOf(menuTemplate(options), 'Help');
    click(help.find((item) => item.label === 'User Guide'));
    click(help.find((item) => item.label === 'Keyboard Shortcuts'));
    click(help.find((item) => item.label === 'Show Logs'));
    expect(sent).toEqual(['user-guide', 'keyboard-shortcuts']);
    expect(shownLogs).toHaveLength(1);
  });

  test('puts File, Edit, View and Help on Windows and Linux, with Quit in File', () => {
    const { options } = makeOptions({ platform: 'win32' });
    const template = menuTemplate(options);
    expect(topLevel(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(allItems(template).map((item) => item.role)).toContain('quit');
    expect(allItems(template).map((item) => item.role)).toContain('about');
  });

  test('puts the app menu first on macOS, with Close in File and About in the app menu', () => {
    const { options } = makeOptions({ platform: 'darwin' });
    const template = menuTemplate(options);
    expect(topLevel(template)).toEqual([
      'Lifecycle Planner',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.role)).toEqual(
      expect.arrayContaining(['about', 'quit', 'hide']),
    );
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.role)).toContain('close');
    expect(file.map((item) => item.role)).not.toContain('quit');
  });

  test('Undo and Redo have ids and start disabled', () => {
    const { options } = makeOptions();
    const items = allItems(menuTemplate(options));
    expect(items.find((item) => item.id === MENU_ITEM_IDS.undo)).toMatchObject({
      label: 'Undo',
      enabled: false,
    });
    expect(items.find((item) => item.id === MENU_ITEM_IDS.redo)).toMatchObject({
      label: 'Redo',
      enabled: false,
    });
  });

  test('keeps the clipboard roles', () => {
    const roles = allItems(menuTemplate(makeOptions().options)).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  test('offers reload and developer tools only while developing', () => {
    const roles = (isPackaged: boolean) =>
      allItems(menuTemplate(makeOptions({ isPackaged }).options)).map((item) => item.role);
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  test('Learn more opens the https page in the browser', () => {
    const { options, opened } = makeOptions();
    const learnMore = allItems(menuTemplate(options)).find((item) =>
      item.label?.startsWith('Learn More'),
    );
    click(learnMore);
    expect(opened).toEqual([LEARN_MORE_URL]);
    expect(new URL(LEARN_MORE_URL).protocol).toBe('https:');
  });
});

describe('File menu', () => {
  const labels = (items: MenuItemConstructorOptions[]) =>
    items.map((item) => item.label ?? item.role ?? item.type);

  test('holds new, open, recent and save, import, the plan, exports, view exports and print, restore, then Quit', () => {
    const file = submenuOf(menuTemplate(makeOptions().options), 'File');
    expect(labels(file)).toEqual([
      'New Plan…',
      'New Product…',
      'Load Sample Portfolio',
      'separator',
      'Open…',
      'Open Recent',
      'Save',
      'Save As…',
      'Turn Autosave On or Off',
      'separator',
      'Import Plan…',
      'Import Feedback from CSV…',
      'separator',
      'Rename Plan…',
      'Personas and Competitors…',
      'Delete Plan…',
      'separator',
      'Export Plan…',
      'Export as Markdown…',
      'Export Products as CSV…',
      'Export Backlog as CSV…',
      'Export as Web Page (HTML)…',
      'separator',
      'Export View as PDF…',
      'Export View as PNG…',
      'Print…',
      'separator',
      'Stakeholder Update…',
      'separator',
      'Restore from Backup…',
      'separator',
      'Settings…',
      'separator',
      'quit',
    ]);
  });

  test('on macOS, Settings is Preferences in the app menu, with the same shortcut', () => {
    const { options, sent } = makeOptions({ platform: 'darwin' });
    const template = menuTemplate(options);
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    const preferences = appMenu.find((item) => item.label === 'Preferences…');
    expect(preferences?.accelerator).toBe('CmdOrCtrl+,');
    click(preferences);
    expect(sent).toEqual(['open-settings']);
    expect(labels(submenuOf(template, 'File'))).not.toContain('Settings…');
  });

  test('Open Recent lists the files newest first and opens the one chosen', () => {
    const files = [recent('/home/ana/q3.lcplan'), recent('/home/ana/old/q2.lcplan')];
    const { options, openedRecent, clearRecent } = makeOptions({ recentFiles: files });
    const openRecent = submenuOf(submenuOf(menuTemplate(options), 'File'), 'Open Recent');
    expect(labels(openRecent)).toEqual(['q3.lcplan', 'q2.lcplan', 'separator', 'Clear Recent']);
    click(openRecent[1]);
    expect(openedRecent).toEqual(['/home/ana/old/q2.lcplan']);
    expect(openRecent[3]?.enabled).toBe(true);
    click(openRecent[3]);
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  test('an empty Open Recent says so, with Clear Recent disabled', () => {
    const openRecent = submenuOf(
      submenuOf(menuTemplate(makeOptions().options), 'File'),
      'Open Recent',
    );
    expect(openRecent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(openRecent.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });
});

describe('recentFileLabels', () => {
  test('names files by name, adding the folder when two share a name', () => {
    const files = [recent('/work/plan.lcplan'), recent('/home/plan.lcplan'), recent('/a/b.lcplan')];
    expect(recentFileLabels(files, 'darwin')).toEqual([
      'plan.lcplan — /work',
      'plan.lcplan — /home',
      'b.lcplan',
    ]);
  });

  test('doubles & on Windows and Linux, where a single one marks a mnemonic', () => {
    const files = [recent('/r&d/R&D.lcplan')];
    expect(recentFileLabels(files, 'win32')).toEqual(['R&&D.lcplan']);
    expect(recentFileLabels(files, 'linux')).toEqual(['R&&D.lcplan']);
    expect(recentFileLabels(files, 'darwin')).toEqual(['R&D.lcplan']);
  });
});

describe('buildApplicationMenu', () => {
  test('a rebuilt menu keeps the Undo and Redo states of the menu it replaces', () => {
    const items = new Map([
      ['undo', new FakeMenuItem('undo', true)],
      ['redo', new FakeMenuItem('redo', false)],
    ]);
    Menu.applicationMenu = { getMenuItemById: (id) => items.get(id) ?? null };
    buildApplicationMenu(makeOptions({ recentFiles: [recent('/a/q3.lcplan')] }).options);
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const all = allItems(template);
    expect(all.find((item) => item.id === MENU_ITEM_IDS.undo)?.enabled).toBe(true);
    expect(all.find((item) => item.id === MENU_ITEM_IDS.redo)?.enabled).toBe(false);
    expect(all.some((item) => item.label === 'q3.lcplan')).toBe(true);
  });

  test('installs the template as the application menu', () => {
    buildApplicationMenu(makeOptions().options);
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(
      Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});

describe('applyEditState', () => {
  test('enables and disables the items by id', () => {
    const undo = new FakeMenuItem('undo', false);
    const redo = new FakeMenuItem('redo', false);
    const byId = new Map([
      ['undo', undo],
      ['redo', redo],
    ]);
    const menu = { getMenuItemById: (id: string) => byId.get(id) ?? null };
    applyEditState(menu, { canUndo: true, canRedo: true });
    expect([undo.enabled, redo.enabled]).toEqual([true, true]);
    applyEditState(menu, { canUndo: false, canRedo: true });
    expect([undo.enabled, redo.enabled]).toEqual([false, true]);
  });
});

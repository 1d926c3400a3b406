import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  LEARN_MORE_URL,
  MENU_ITEM_IDS,
  applyEditState,
  buildApplicationMenu,
  menuTemplate,
  type MenuOptions,
} from '../../../electron/main/menu';
import { APP_COMMANDS, COMMAND_META, type AppCommand } from '../../../shared/commands';
import { FakeMenuItem, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

function makeOptions(overrides: Partial<MenuOptions> = {}) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  const options: MenuOptions = {
    appName: 'Lifecycle Planner',
    platform: 'linux',
    isPackaged: true,
    sendCommand: (command) => sent.push(command),
    openExternal: (url) => opened.push(url),
    ...overrides,
  };
  return { options, sent, opened };
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

beforeEach(resetFakeElectron);

describe('menuTemplate', () => {
  test.each(APP_COMMANDS)('has an item for %s that sends its id', (command) => {
    const { options, sent } = makeOptions();
    const items = allItems(menuTemplate(options)).filter(
      (item) => item.label === COMMAND_META[command].label,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.accelerator).toBe(COMMAND_META[command].accelerator);
    click(items[0]);
    expect(sent).toEqual([command]);
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

describe('buildApplicationMenu', () => {
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

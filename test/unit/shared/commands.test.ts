import { describe, expect, it } from 'vitest';
import {
  APP_COMMANDS,
  COMMANDS,
  MENU_PLACES,
  commandById,
  commandForKeys,
  commandsAt,
  isAppCommand,
  isEnabled,
  keysFor,
  sentenceCase,
  type AppCommand,
  type CommandState,
  type KeyContext,
} from '../../../shared/commands';
import type { CommandHost } from '../../../shared/commands/define';
import {
  ariaKeys,
  formatKeys,
  matchesKeys,
  parseKeys,
  type KeyPress,
} from '../../../shared/commands/keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const browser: KeyContext = { host: 'browser', isMac: false, editingText: false };
const desktop: KeyContext = { host: 'electron', isMac: false, editingText: false };

describe('the registry', () => {
  it('gives every command a unique id and label, and every key text parses', () => {
    expect(new Set(APP_COMMANDS).size).toBe(COMMANDS.length);
    expect(new Set(COMMANDS.map((c) => c.label)).size).toBe(COMMANDS.length);
    for (const command of COMMANDS) {
      for (const host of ['browser', 'electron'] as const) {
        for (const keys of keysFor(command, host, false))
          expect(() => parseKeys(keys)).not.toThrow();
      }
    }
  });

  it('never binds one key to two commands in the same build', () => {
    for (const host of ['browser', 'electron'] as const) {
      for (const isMac of [false, true]) {
        const bound = COMMANDS.flatMap((c) =>
          keysFor(c, host, isMac).map((k) => formatKeys(k, isMac)),
        );
        expect(new Set(bound).size, `${host} ${isMac ? 'mac' : 'pc'}`).toBe(bound.length);
      }
    }
  });

  it('puts every menu command in a known place', () => {
    const placed = MENU_PLACES.flatMap((place) => commandsAt(place).map((c) => c.id));
    expect(placed.sort()).toEqual(
      COMMANDS.filter((c) => c.menu !== null)
        .map((c) => c.id)
        .sort(),
    );
    expect(isAppCommand('undo')).toBe(true);
    expect(isAppCommand('format-disk')).toBe(false);
    expect(isAppCommand(42)).toBe(false);
  });

  it('runs each command through the host it is handed', async () => {
    const calls: string[] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        calls.push([name, ...args].join(':'));
        return Promise.resolve();
      };
    const host: CommandHost = {
      openDialog: record('dialog'),
      loadSample: record('sample'),
      undo: record('undo'),
      redo: record('redo'),
      focusSearch: record('search'),
      toggleArchived: record('archived'),
      cycleTheme: record('theme'),
      importPlan: record('import'),
      openDocument: record('open'),
      saveDocument: record('save'),
      saveDocumentAs: record('save-as'),
      toggleAutosave: record('autosave'),
      exportPlan: record('export'),
      exportView: record('view-export'),
      showView: record('view'),
    };
    for (const command of COMMANDS) await command.run(host);
    expect(calls).toContain('export:backlog-csv');
    expect(calls).toContain('dialog:palette');
    expect(calls).toContain('view-export:print');
    expect(calls).toContain('dialog:settings');
    expect(calls).toContain('dialog:stakeholder-update');
    expect(calls).toContain('dialog:feedback-csv');
    expect(calls).toEqual(expect.arrayContaining(['open', 'save', 'save-as', 'autosave']));
    expect(calls).toHaveLength(COMMANDS.length);
  });
});

describe('enabled', () => {
  const state: CommandState = {
    host: 'browser',
    canUndo: false,
    canRedo: true,
    view: 'board',
    showArchived: false,
    dialogOpen: false,
  };
  const byId = (id: AppCommand) => commandById(id);

  it('follows the undo history, the view and open dialogs', () => {
    expect(isEnabled(byId('undo'), state)).toBe(false);
    expect(isEnabled(byId('redo'), state)).toBe(true);
    expect(isEnabled(byId('show-board'), state)).toBe(false);
    expect(isEnabled(byId('show-health'), state)).toBe(true);
    expect(isEnabled(byId('new-product'), state)).toBe(true);
    expect(isEnabled(byId('new-product'), { ...state, dialogOpen: true })).toBe(false);
    expect(isEnabled(byId('command-palette'), { ...state, dialogOpen: true })).toBe(false);
    expect(isEnabled(byId('open-settings'), { ...state, dialogOpen: true })).toBe(false);
  });

  it('imports feedback from CSV only into the product shown', () => {
    const command = byId('import-feedback-csv');
    expect(isEnabled(command, state)).toBe(false);
    expect(command.unavailable).toMatch(/Open a product first/);
    expect(isEnabled(command, { ...state, view: 'product' })).toBe(true);
    expect(isEnabled(command, { ...state, view: 'product', dialogOpen: true })).toBe(false);
  });
});

describe('keys of the page', () => {
  it.each([
    [press('z', { ctrlKey: true }), browser, 'undo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), browser, 'redo'],
    [press('y', { ctrlKey: true }), browser, 'redo'],
    [press('k', { ctrlKey: true }), browser, 'command-palette'],
    [press('/'), browser, 'focus-search'],
    [press('n'), browser, 'new-product'],
    [press('?', { shiftKey: true }), browser, 'keyboard-shortcuts'],
    [press('/', { ctrlKey: true }), browser, 'keyboard-shortcuts'],
    [press('F1'), browser, 'user-guide'],
    [press('o', { ctrlKey: true }), browser, 'open-plan'],
    [press('s', { ctrlKey: true }), browser, 'save-plan'],
    [press('s', { ctrlKey: true, shiftKey: true }), browser, 'save-plan-as'],
    [press('i', { ctrlKey: true }), browser, 'import-plan'],
    [press('e', { ctrlKey: true }), browser, 'export-plan'],
    [press('p', { ctrlKey: true }), browser, 'print'],
    [press(',', { ctrlKey: true }), browser, 'open-settings'],
    [press(',', { metaKey: true }), { ...browser, isMac: true }, 'open-settings'],
    // The browser keeps Ctrl+N; the page does not claim it.
    [press('n', { ctrlKey: true }), browser, null],
    [press('N', { shiftKey: true }), browser, null],
    [press('z', { ctrlKey: true, altKey: true }), browser, null],
    [press('ArrowRight', { altKey: true }), browser, null],
  ])('in the browser, %o runs %s', (event, context, expected) => {
    expect(commandForKeys(event, context)).toBe(expected);
  });

  it('leaves typed keys and a field’s own undo to a text field', () => {
    const typing = { ...browser, editingText: true };
    expect(commandForKeys(press('n'), typing)).toBeNull();
    expect(commandForKeys(press('?', { shiftKey: true }), typing)).toBeNull();
    expect(commandForKeys(press('z', { ctrlKey: true }), typing)).toBeNull();
    expect(commandForKeys(press('y', { ctrlKey: true }), typing)).toBeNull();
    // Commands with Ctrl still work from a field.
    expect(commandForKeys(press('k', { ctrlKey: true }), typing)).toBe('command-palette');
    expect(commandForKeys(press(',', { ctrlKey: true }), typing)).toBe('open-settings');
  });

  it('in the desktop app leaves the menu its accelerators and listens only for the extras', () => {
    expect(commandForKeys(press('z', { ctrlKey: true }), desktop)).toBeNull();
    expect(commandForKeys(press('k', { ctrlKey: true }), desktop)).toBeNull();
    expect(commandForKeys(press('y', { ctrlKey: true }), desktop)).toBe('redo');
    expect(commandForKeys(press('?', { shiftKey: true }), desktop)).toBe('keyboard-shortcuts');
  });

  it('uses Cmd on macOS, where Ctrl+Y is not Redo', () => {
    const mac = { ...browser, isMac: true };
    expect(commandForKeys(press('z', { metaKey: true }), mac)).toBe('undo');
    expect(commandForKeys(press('z', { ctrlKey: true }), mac)).toBeNull();
    expect(commandForKeys(press('y', { ctrlKey: true }), { ...desktop, isMac: true })).toBeNull();
  });
});

describe('key texts', () => {
  it('parse modifiers and Electron key names', () => {
    expect(parseKeys('CmdOrCtrl+Shift+Z')).toMatchObject({ primary: true, shift: true, key: 'z' });
    expect(parseKeys('CmdOrCtrl+Plus').key).toBe('+');
    expect(parseKeys('CmdOrCtrl++').key).toBe('+');
    expect(parseKeys('Alt+Up').key).toBe('arrowup');
    expect(() => parseKeys('Hyper+K')).toThrow(/not a modifier/);
    expect(() => parseKeys('Ctrl+')).toThrow();
  });

  it('match a symbol whatever Shift the keyboard needs for it, but a letter exactly', () => {
    expect(matchesKeys(parseKeys('?'), press('?', { shiftKey: true }), false)).toBe(true);
    expect(
      matchesKeys(parseKeys('CmdOrCtrl+/'), press('/', { ctrlKey: true, shiftKey: true }), false),
    ).toBe(true);
    expect(matchesKeys(parseKeys('N'), press('N', { shiftKey: true }), false)).toBe(false);
    expect(
      matchesKeys(
        parseKeys('CmdOrCtrl+Shift+N'),
        press('N', { ctrlKey: true, shiftKey: true }),
        false,
      ),
    ).toBe(true);
  });

  it('show in each platform’s style, and for aria-keyshortcuts', () => {
    expect(formatKeys('CmdOrCtrl+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatKeys('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatKeys('F1', false)).toBe('F1');
    expect(formatKeys('?', false)).toBe('?');
    expect(formatKeys('Alt+Left', false)).toBe('Alt+←');
    expect(ariaKeys('CmdOrCtrl+K', false)).toBe('Control+K');
    expect(ariaKeys('CmdOrCtrl+K', true)).toBe('Meta+K');
    expect(ariaKeys('F1', false)).toBe('F1');
  });
});

describe('sentenceCase', () => {
  it.each([
    ['Export Products as CSV…', 'Export products as CSV…'],
    ['Export as Web Page (HTML)…', 'Export as web page (HTML)…'],
    ['Personas and Competitors…', 'Personas and competitors…'],
    ['Change Theme (System, Light, Dark)', 'Change theme (system, light, dark)'],
    ['Print…', 'Print…'],
    ['Export as Markdown…', 'Export as Markdown…'],
    ['Export View as PNG…', 'Export view as PNG…'],
  ])('%s → %s', (label, expected) => {
    expect(sentenceCase(label)).toBe(expected);
  });
});

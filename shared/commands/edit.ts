/** The Edit menu's commands: undo and redo, finding things, and the command palette. */
import { defineCommand, noDialogOpen } from './define';

export const EDIT_COMMANDS = [
  defineCommand({
    id: 'undo',
    label: 'Undo',
    menu: 'edit/history',
    keys: { accelerator: 'CmdOrCtrl+Z' },
    keepsTextFieldKeys: true,
    enabled: (state) => state.canUndo,
    unavailable: 'Nothing to undo.',
    run: (host) => host.undo(),
  }),
  defineCommand({
    id: 'redo',
    label: 'Redo',
    menu: 'edit/history',
    // Ctrl+Y is Redo by habit on Windows and Linux; on macOS only ⇧⌘Z is.
    keys: { accelerator: 'CmdOrCtrl+Shift+Z', extra: [{ keys: 'Ctrl+Y', notOnMac: true }] },
    keepsTextFieldKeys: true,
    enabled: (state) => state.canRedo,
    unavailable: 'Nothing to redo.',
    run: (host) => host.redo(),
  }),
  defineCommand({
    id: 'focus-search',
    label: 'Search…',
    menu: 'edit/find',
    keywords: 'find filter products backlog feedback',
    // The browser keeps Ctrl+F for finding in the page.
    keys: { accelerator: 'CmdOrCtrl+F', browser: ['/'] },
    enabled: noDialogOpen,
    run: (host) => host.focusSearch(),
  }),
  defineCommand({
    id: 'command-palette',
    label: 'Command Palette…',
    menu: 'edit/find',
    keywords: 'run go to open jump',
    keys: { accelerator: 'CmdOrCtrl+K' },
    enabled: noDialogOpen,
    run: (host) => host.openDialog('palette'),
  }),
] as const;

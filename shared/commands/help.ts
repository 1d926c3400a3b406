/** The Help menu's commands: the user guide and the keyboard shortcuts, both inside the app. */
import { defineCommand, noDialogOpen } from './define';

export const HELP_COMMANDS = [
  defineCommand({
    id: 'user-guide',
    label: 'User Guide',
    menu: 'help/guide',
    keywords: 'help manual how documentation',
    keys: { accelerator: 'F1' },
    enabled: noDialogOpen,
    run: (host) => host.openDialog('guide'),
  }),
  defineCommand({
    id: 'keyboard-shortcuts',
    label: 'Keyboard Shortcuts',
    menu: 'help/guide',
    keywords: 'keys hotkeys bindings',
    keys: { accelerator: 'CmdOrCtrl+/', extra: [{ keys: '?' }] },
    enabled: noDialogOpen,
    run: (host) => host.openDialog('shortcuts'),
  }),
] as const;

/**
 * App commands that both the native menu (main) and the renderer's UI and shortcuts run.
 * Main only knows ids, labels and accelerators; the renderer owns what each command does
 * (renderer/src/commands), so a menu item and its toolbar button can never drift apart.
 */
export const APP_COMMANDS = [
  'new-product',
  'new-plan',
  'load-sample',
  'undo',
  'redo',
  'focus-search',
  'toggle-archived',
  'toggle-theme',
  'import-plan',
  'export-plan',
  'export-markdown',
  'export-csv',
  'export-backlog-csv',
  'export-html',
  'export-pdf',
  'export-png',
  'print',
  'restore-backup',
  'stakeholder-update',
  'open-settings',
] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

export interface CommandMeta {
  label: string;
  /** Electron accelerator syntax; the renderer derives its own key test from the same intent. */
  accelerator?: string;
}

export const COMMAND_META: Record<AppCommand, CommandMeta> = {
  'new-product': { label: 'New Product…', accelerator: 'CmdOrCtrl+N' },
  'new-plan': { label: 'New Plan…', accelerator: 'CmdOrCtrl+Shift+N' },
  'load-sample': { label: 'Load Sample Portfolio' },
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  redo: { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  'focus-search': { label: 'Find Product…', accelerator: 'CmdOrCtrl+F' },
  'toggle-archived': { label: 'Show Archived Products' },
  'toggle-theme': { label: 'Toggle Dark Mode' },
  'import-plan': { label: 'Import Plan…', accelerator: 'CmdOrCtrl+O' },
  'export-plan': { label: 'Export Plan…', accelerator: 'CmdOrCtrl+S' },
  'export-markdown': { label: 'Export as Markdown…' },
  'export-csv': { label: 'Export Products as CSV…' },
  'export-backlog-csv': { label: 'Export Backlog as CSV…' },
  'export-html': { label: 'Export as Web Page (HTML)…' },
  'export-pdf': { label: 'Export View as PDF…' },
  'export-png': { label: 'Export View as PNG…' },
  print: { label: 'Print…', accelerator: 'CmdOrCtrl+P' },
  'restore-backup': { label: 'Restore from Backup…' },
  'stakeholder-update': { label: 'Stakeholder Update…' },
  'open-settings': { label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
};

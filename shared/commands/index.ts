/**
 * The one registry of commands. The native menu (main), the page's keys, the command palette
 * and the shortcut sheet all read it, so a command is added, renamed or re-bound in one
 * object (./file.ts, ./edit.ts, ./view.ts, ./help.ts) and nowhere else.
 */
import type { Command, CommandState, Host, MenuPlace } from './define';
import { EDIT_COMMANDS } from './edit';
import { FILE_COMMANDS } from './file';
import { HELP_COMMANDS } from './help';
import { matchesKeys, parseKeys, typesText, type KeyPress } from './keys';
import { VIEW_COMMANDS } from './view';

export const COMMANDS = [...FILE_COMMANDS, ...EDIT_COMMANDS, ...VIEW_COMMANDS, ...HELP_COMMANDS];

export type AppCommand = (typeof COMMANDS)[number]['id'];

/** Every command id, as a non-empty tuple for schemas (z.enum). */
export const APP_COMMANDS = COMMANDS.map((command) => command.id) as [AppCommand, ...AppCommand[]];

const BY_ID = new Map<string, Command<AppCommand>>(
  COMMANDS.map((command) => [command.id, command]),
);

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && BY_ID.has(value);
}

export function commandById(id: AppCommand): Command<AppCommand> {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`No command "${id}".`);
  return command;
}

/** The commands the native menu lists at `place`, in registry order. */
export function commandsAt(place: MenuPlace): Command<AppCommand>[] {
  return COMMANDS.filter((command) => command.menu === place);
}

export function offeredIn(command: Command, host: Host): boolean {
  return command.hosts === undefined || command.hosts.includes(host);
}

export function isEnabled(command: Command, state: CommandState): boolean {
  return offeredIn(command, state.host) && (command.enabled?.(state) ?? true);
}

/**
 * The keys that run a command in a build, the menu's first: what the palette and the
 * shortcut sheet show.
 */
export function keysFor(command: Command, host: Host, isMac: boolean): string[] {
  const keys = command.keys;
  if (!keys) return [];
  const main =
    host === 'browser' && keys.browser
      ? [...keys.browser]
      : keys.accelerator
        ? [keys.accelerator]
        : [];
  const extra = (keys.extra ?? []).filter((e) => !(isMac && e.notOnMac)).map((e) => e.keys);
  return [...main, ...extra];
}

/**
 * The keys the page itself listens for. In the desktop app the native menu owns its
 * accelerators (the page must not run them a second time), so there only the extras.
 */
export function pageKeysFor(command: Command, host: Host, isMac: boolean): string[] {
  if (host === 'browser') return keysFor(command, host, isMac);
  return (command.keys?.extra ?? []).filter((e) => !(isMac && e.notOnMac)).map((e) => e.keys);
}

export interface KeyContext {
  host: Host;
  isMac: boolean;
  /** The focus is in a text field, where plain keys type text. */
  editingText: boolean;
}

/** Which command a key press on the page asks for, or null (pure, for tests). */
export function commandForKeys(press: KeyPress, context: KeyContext): AppCommand | null {
  for (const command of COMMANDS) {
    if (!offeredIn(command, context.host)) continue;
    for (const text of pageKeysFor(command, context.host, context.isMac)) {
      const keys = parseKeys(text);
      if (!matchesKeys(keys, press, context.isMac)) continue;
      if (context.editingText && (typesText(keys) || command.keepsTextFieldKeys)) return null;
      return command.id;
    }
  }
  return null;
}

export type { Command, CommandHost, CommandState, Host, MenuPlace } from './define';
export { MENU_PLACES, MENU_TITLES, menuOf } from './define';
export { sentenceCase } from './labels';

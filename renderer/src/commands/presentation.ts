/** How the window shows a command: its label in sentence case and its keys for this computer. */
import {
  commandById,
  keysFor,
  sentenceCase,
  type AppCommand,
  type Command,
} from '../../../shared/commands';
import { ariaKeys, formatKeys } from '../../../shared/commands/keys';
import { IS_MAC } from '../platform/keys';
import { platform } from '../platform';

export function commandLabel(command: Command | AppCommand): string {
  return sentenceCase((typeof command === 'string' ? commandById(command) : command).label);
}

/** Each key that runs it here, as shown ("Ctrl+K", "⌘K"). */
export function commandKeys(command: Command): string[] {
  return keysFor(command, platform.kind, IS_MAC).map((keys) => formatKeys(keys, IS_MAC));
}

/** For aria-keyshortcuts: every binding, space-separated. */
export function commandAriaKeys(command: Command): string | undefined {
  const keys = keysFor(command, platform.kind, IS_MAC).map((k) => ariaKeys(k, IS_MAC));
  return keys.length > 0 ? keys.join(' ') : undefined;
}

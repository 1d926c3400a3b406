/**
 * Runs a command of the registry (shared/commands) by id. The native menu, the toolbar, the
 * page's keys and the command palette all end here, so each checks the same "can it run now".
 * What a command does in this window is the host's (app/command-host.ts), installed once at
 * start-up: the features a host reaches sit above this layer.
 */
import {
  commandById,
  isEnabled,
  type AppCommand,
  type CommandState,
} from '../../../shared/commands';
import type { CommandHost } from '../../../shared/commands/define';
import { platform } from '../platform';
import { useUi } from '../store';

/** The id of the toolbar's search field, which Find focuses. */
export const SEARCH_INPUT_ID = 'board-search';

let host: CommandHost | null = null;

/** Called once as the window starts, with what each command does here. */
export function installCommandHost(commandHost: CommandHost): void {
  host = commandHost;
}

/** What decides now whether a command can run. */
export function commandState(): CommandState {
  const ui = useUi.getState();
  return {
    host: platform.kind,
    canUndo: ui.history.past.length > 0,
    canRedo: ui.history.future.length > 0,
    view: ui.view.kind,
    showArchived: ui.showArchived,
    // Dialogs that a section opens itself (a release, a paste) are not in the store.
    dialogOpen: ui.dialog.kind !== 'none' || document.querySelector('dialog[open]') !== null,
  };
}

export async function runAppCommand(id: AppCommand): Promise<void> {
  const command = commandById(id);
  if (!isEnabled(command, commandState())) {
    if (command.unavailable) useUi.getState().announce(command.unavailable);
    return;
  }
  if (!host) throw new Error('Commands cannot run before the window has started.');
  await command.run(host);
}

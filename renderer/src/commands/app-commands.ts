/**
 * Runs a command of the registry (shared/commands) by id. The native menu, the toolbar, the
 * page's keys and the command palette all end here, so each checks the same "can it run now".
 */
import {
  commandById,
  isEnabled,
  type AppCommand,
  type CommandState,
} from '../../../shared/commands';
import { platform } from '../platform';
import { useUi } from '../store';
import { appHost } from './host';

export { SEARCH_INPUT_ID, loadSamplePortfolio } from './host';

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
  await command.run(appHost);
}

/** A command of the registry as an item of one of the window's menus, with its shortcut. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { commandById, isEnabled, type AppCommand } from '../../../shared/commands';
import { commandState, runAppCommand } from './app-commands';
import { commandAriaKeys, commandKeys, commandLabel } from './presentation';

export function CommandMenuItem({ id, hint }: { id: AppCommand; hint?: string }) {
  const command = commandById(id);
  const [keys] = commandKeys(command);
  return (
    <DropdownMenu.Item
      className={hint ? 'menu-item menu-item-with-hint' : 'menu-item'}
      aria-keyshortcuts={commandAriaKeys(command)}
      title={hint}
      // Read as the menu opens: one that cannot run now (feedback without a product) is greyed.
      // A menu is open, so no dialog is in front; running the item checks everything again.
      disabled={!isEnabled(command, { ...commandState(), dialogOpen: false })}
      onSelect={() => void runAppCommand(id)}
    >
      {/* The hint is part of the name: what is shown is what is said. */}
      <span>{commandLabel(command)}</span>
      {keys && (
        <kbd className="menu-kbd" aria-hidden="true">
          {keys}
        </kbd>
      )}
      {hint && <span className="menu-item-hint">{hint}</span>}
    </DropdownMenu.Item>
  );
}

/** A command of the registry as an item of one of the window's menus, with its shortcut. */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { commandById, type AppCommand } from '../../../shared/commands';
import { runAppCommand } from './app-commands';
import { commandAriaKeys, commandKeys, commandLabel } from './presentation';

export function CommandMenuItem({ id, hint }: { id: AppCommand; hint?: string }) {
  const command = commandById(id);
  const [keys] = commandKeys(command);
  return (
    <DropdownMenu.Item
      className={hint ? 'menu-item menu-item-with-hint' : 'menu-item'}
      aria-keyshortcuts={commandAriaKeys(command)}
      title={hint}
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

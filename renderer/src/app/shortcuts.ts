/**
 * The page's keys for commands (shared/commands). In the browser build the page listens for
 * every binding; in the desktop app the native menu owns its accelerators, so the page only
 * listens for the extra keys no menu item carries (? for the shortcut sheet, Ctrl+Y).
 */
import { useEffect } from 'react';
import { commandForKeys } from '../../../shared/commands';
import { runAppCommand } from '../commands/app-commands';
import { platform } from '../platform';
import { isTextEntry } from '../ui/dom';
import { IS_MAC } from '../platform/keys';

export function usePageShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Inside an open dialog its own keys win: undo there must not change the board behind it.
      if (document.querySelector('dialog[open]')) return;
      const command = commandForKeys(event, {
        host: platform.kind,
        isMac: IS_MAC,
        editingText: isTextEntry(event.target),
      });
      if (!command) return;
      event.preventDefault();
      void runAppCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

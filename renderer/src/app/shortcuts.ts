/**
 * Page shortcuts for the browser build. In Electron the native menu's accelerators own these
 * keys, so the page does not listen for them there (it would run each command twice).
 */
import { useEffect } from 'react';
import { runAppCommand } from '../commands/app-commands';
import { platform } from '../platform';
import { isTextEntry } from '../ui/dom';
import { shortcutCommand } from './shortcut-keys';

export function usePageShortcuts(): void {
  useEffect(() => {
    if (platform.hasNativeMenu) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Inside an open dialog its own keys win: undo there must not change the board behind it.
      if (document.querySelector('dialog[open]')) return;
      const command = shortcutCommand(event, isTextEntry(event.target));
      if (!command) return;
      // Let a text field undo its own typing.
      if ((command === 'undo' || command === 'redo') && isTextEntry(event.target)) return;
      event.preventDefault();
      void runAppCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Page shortcuts for the browser build. In Electron the native menu's accelerators own these
 * keys, so the page does not listen for them there (it would run each command twice).
 */
import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/commands';
import { runAppCommand } from '../commands/app-commands';
import { platform } from '../platform';
import { isTextEntry } from '../ui/dom';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function shortcutCommand(event: KeyLike, editingText: boolean): AppCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && !event.altKey && !event.shiftKey && key === 'y') return 'redo';
  if (editingText || mod || event.altKey) return null;
  if (event.key === '/') return 'focus-search';
  if (key === 'n' && !event.shiftKey) return 'new-product';
  return null;
}

export function usePageShortcuts(): void {
  useEffect(() => {
    if (platform.hasNativeMenu) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Inside an open dialog the dialog's own keys win, except undo in text fields.
      if (document.querySelector('dialog[open]') && !(event.ctrlKey || event.metaKey)) return;
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

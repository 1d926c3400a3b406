/** Which app command a key press asks for in the browser build (pure, for tests). */
import type { AppCommand } from '../../../shared/commands';

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
  if (mod && !event.altKey && !event.shiftKey && key === ',') return 'open-settings';
  if (editingText || mod || event.altKey) return null;
  if (event.key === '/') return 'focus-search';
  if (key === 'n' && !event.shiftKey) return 'new-product';
  return null;
}

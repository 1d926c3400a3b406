/**
 * Whether the fields of a dialog hold text the user typed and has not saved. Each field's
 * value is remembered when it first takes focus (or first receives input), before any
 * typing; text is unsaved while a field still on the page holds something else. A field
 * cleared after a save, or removed once its row is saved, no longer counts.
 */

type TextEntry = HTMLInputElement | HTMLTextAreaElement;

// Inputs that hold no typed text: choosing one is not typing.
const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

function asTextEntry(target: EventTarget | null): TextEntry | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && !NOT_TYPED.has(target.type)) return target;
  return null;
}

export interface UnsavedTextWatch {
  hasUnsavedText(): boolean;
  stop(): void;
}

/** Starts watching the fields inside `container`, including those added later. */
export function watchUnsavedText(container: HTMLElement): UnsavedTextWatch {
  const original = new Map<TextEntry, string>();
  const remember = (event: Event) => {
    const field = asTextEntry(event.target);
    if (field && !original.has(field)) original.set(field, field.value);
  };
  // Capture: `beforeinput` comes before the value changes, `focusin` before any typing.
  container.addEventListener('focusin', remember, true);
  container.addEventListener('beforeinput', remember, true);
  return {
    hasUnsavedText: () =>
      [...original].some(([field, value]) => field.isConnected && field.value !== value),
    stop: () => {
      container.removeEventListener('focusin', remember, true);
      container.removeEventListener('beforeinput', remember, true);
      original.clear();
    },
  };
}

/** Small DOM facts shared by shortcuts and commands. */

/** True for elements that keep their own typing undo (text inputs, text areas, editables). */
export function isTextEntry(el: EventTarget | Element | null): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(el.type);
  }
  return el instanceof HTMLElement && el.isContentEditable;
}

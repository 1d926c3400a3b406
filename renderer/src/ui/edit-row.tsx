/**
 * A table row edited in place, as a desktop user expects: Enter in one of its fields saves,
 * Escape cancels, and its last cell holds Save and Cancel.
 */
import type { KeyboardEvent } from 'react';

/**
 * The row's key handler. Escape is marked handled, so the workspace does not also take it as
 * "back to the board".
 */
export function editRowKeyDown(save: () => void, cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      save();
    }
  };
}

export function EditRowActions({ onSave, onCancel }: { onSave: () => void; onCancel: () => void }) {
  return (
    <td className="kpi-row-actions">
      <button type="button" className="button button-primary" onClick={onSave}>
        Save
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </td>
  );
}

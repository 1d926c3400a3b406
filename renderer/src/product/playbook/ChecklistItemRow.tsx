/**
 * One checklist item: a checkbox labelled with its text, edit in place, delete. The grip is
 * the mouse drag handle; Alt+ArrowUp/Down on any of the item's buttons moves it instead.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Pencil, Trash2 } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { checkChecklistText } from '../../../../shared/domain/playbook';
import type { ChecklistItem } from '../../../../shared/domain/product';
import { useFocusWhenRequested } from '../../commands/focus-request';
import { renameItem, setItemDone } from './checklist-commands';

interface ChecklistItemRowProps {
  item: ChecklistItem;
  /** The item's position in the list as drawn: where a keyboard move asks it to take focus. */
  position: number;
  /** Alt+ArrowUp (-1) or Alt+ArrowDown (+1) on the row; `control` names the focused control. */
  onStep(item: ChecklistItem, step: -1 | 1, control: string): void;
  onDelete(item: ChecklistItem): void;
}

export function ChecklistItemRow({ item, position, onStep, onDelete }: ChecklistItemRowProps) {
  const checkboxId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const row = useRef<HTMLLIElement | null>(null);
  const { setNodeRef, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  useFocusWhenRequested({ list: 'checklist', id: item.id, index: position }, (request) => {
    const control = request.list === 'checklist' ? request.control : 'check';
    row.current?.querySelector<HTMLElement>(`[data-control="${control}"]`)?.focus();
  });

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (!(event.target instanceof HTMLElement) || !event.target.dataset.control) return;
    event.preventDefault();
    onStep(item, event.key === 'ArrowUp' ? -1 : 1, event.target.dataset.control);
  }

  function finishEditing() {
    setEditing(false);
    // The edit button comes back on the next render; focus it there, not on the page body.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <li
      ref={(element) => {
        setNodeRef(element);
        row.current = element;
      }}
      className={`checklist-item${item.done ? ' is-done' : ''}${isDragging ? ' is-dragging' : ''}`}
      data-checklist-item={item.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onKeyDown={onKeyDown}
    >
      <span className="checklist-grip" title="Drag to reorder" aria-hidden="true" {...listeners}>
        <GripVertical size={14} />
      </span>
      <input
        id={checkboxId}
        type="checkbox"
        className="checklist-check"
        data-control="check"
        checked={item.done}
        onChange={(event) => void setItemDone(item, event.target.checked)}
      />
      {editing ? (
        <ItemEditor item={item} onDone={finishEditing} />
      ) : (
        <>
          <label htmlFor={checkboxId} className="checklist-text">
            {item.text}
          </label>
          <button
            ref={editButton}
            type="button"
            className="icon-button checklist-action"
            data-control="edit"
            aria-label={`Edit “${item.text}”`}
            title="Edit"
            onClick={() => setEditing(true)}
          >
            <Pencil size={14} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button checklist-action"
            data-control="delete"
            aria-label={`Delete “${item.text}”`}
            title="Delete"
            onClick={() => onDelete(item)}
          >
            <Trash2 size={14} aria-hidden="true" />
          </button>
        </>
      )}
    </li>
  );
}

/** The item's text in a field: Enter or leaving the field saves, Escape cancels. */
function ItemEditor({ item, onDone }: { item: ChecklistItem; onDone: () => void }) {
  const errorId = useId();
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  // Enter saves and then the field goes away, which blurs it: save once, not twice.
  const settled = useRef(false);

  async function save(leaving: boolean) {
    if (settled.current) return;
    const check = checkChecklistText(text);
    if (!check.ok) {
      // Leaving a blank field keeps the old text rather than trapping focus in it.
      if (leaving) {
        settled.current = true;
        onDone();
      } else setError(check.message);
      return;
    }
    settled.current = true;
    if (check.value !== item.text && !(await renameItem(item, check.value))) {
      // Not saved (the error banner says why): the typed text stays in the field, even when
      // focus has left it, rather than vanishing as if it had been saved.
      settled.current = false;
      return;
    }
    onDone();
  }

  return (
    <span className="checklist-edit">
      <input
        // Opening the editor is an explicit request to type here.
        autoFocus
        type="text"
        className="checklist-edit-input"
        aria-label={`Text of “${item.text}”`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save(false);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            settled.current = true;
            onDone();
          }
        }}
        onBlur={() => void save(true)}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}

/**
 * A text input that saves when the user commits (Enter, or leaving the field), not on every
 * key. `multiline` makes it a one-line text area that wraps long text instead of cutting it
 * (Enter still commits: the value has no line breaks). A value that fails its check is explained right under the field (aria-invalid and
 * aria-describedby) and is not saved: the stored value stays as it was until the text is
 * fixed, or Escape puts the stored value back in the field.
 */
import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useUi } from '../../store';

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

interface CommitInputProps<T> extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'onBlur' | 'onKeyDown'
> {
  /** The accessible name (the column header is not enough in a table of many rows). */
  label: string;
  /** The stored value, as text. */
  value: string;
  check: (raw: string) => Check<T>;
  /** Saves the checked value; the repository writes nothing when it did not change. */
  onCommit: (value: T) => Promise<boolean>;
  /** Moves between rows: the same column in the row above or below. */
  column?: string;
  multiline?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

export function CommitInput<T>({
  label,
  value,
  check,
  onCommit,
  column,
  className,
  onKeyDown,
  multiline = false,
  ...input
}: CommitInputProps<T>) {
  const errorId = useId();
  // null: show the stored value; text: what the user is typing and has not committed yet.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function commit() {
    if (draft === null) return;
    const result = check(draft);
    if (!result.ok) {
      setError(result.message);
      useUi.getState().announce(`${label}: ${result.message} Not saved.`);
      return;
    }
    setError(null);
    if (await onCommit(result.value)) setDraft(null);
  }

  function revert() {
    setDraft(null);
    setError(null);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape' && (draft !== null || error !== null)) {
      event.preventDefault();
      revert();
    } else if (
      column &&
      (event.key === 'ArrowUp' || event.key === 'ArrowDown') &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.shiftKey
    ) {
      event.preventDefault();
      focusNeighbour(event.currentTarget, column, event.key === 'ArrowUp' ? -1 : 1);
    }
  }

  const field = {
    className,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    'data-column': column,
    value: draft ?? value,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      if (error) setError(null);
    },
    onBlur: () => void commit(),
    onKeyDown: handleKeyDown,
  };
  return (
    <span className="commit-input">
      {multiline ? (
        <textarea {...field} rows={1} autoComplete={input.autoComplete} />
      ) : (
        <input {...input} {...field} />
      )}
      {error && (
        <span id={errorId} className="cell-error">
          {error} Not saved.
        </span>
      )}
    </span>
  );
}

/** Focuses the same column's field in the row above or below; leaving commits this one. */
function focusNeighbour(from: HTMLElement, column: string, step: number) {
  const table = from.closest('table');
  if (!table) return;
  const fields = [...table.querySelectorAll<HTMLElement>(`[data-column="${CSS.escape(column)}"]`)];
  fields[fields.indexOf(from) + step]?.focus();
}

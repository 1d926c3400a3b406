/**
 * Adding backlog items one after another: Enter adds the item and leaves the cursor in the
 * title field, ready for the next one.
 */
import { Plus } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { checkName } from '../../../../shared/domain/product';
import { addBacklogItem } from './backlog-commands';

export function AddBacklogItemForm({ productId }: { productId: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkName(title, 'backlog item');
    if (!checked.ok) {
      setError(checked.message);
      inputRef.current?.focus();
      return;
    }
    // Cleared at once so the next title can be typed while this one is saved; a failed save
    // puts the title back unless the field has been typed into since.
    setTitle('');
    inputRef.current?.focus();
    if (!(await addBacklogItem(productId, { title: checked.value }))) {
      setTitle((current) => (current === '' ? checked.value : current));
    }
  }

  return (
    <form className="add-row" aria-label="Add backlog item" onSubmit={submit} noValidate>
      <div className="add-row-field">
        <label htmlFor={id} className="sr-only">
          New backlog item
        </label>
        <input
          ref={inputRef}
          id={id}
          className="add-row-input"
          placeholder="New backlog item — a feature request, in a few words"
          autoComplete="off"
          value={title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button button-primary">
        <Plus size={16} aria-hidden="true" />
        Add backlog item
      </button>
    </form>
  );
}

/** The fields of a product, shared by the create and edit dialogs, with inline checks. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { checkName, checkSummary, formatTags, parseTags } from '../../../shared/domain/product';
import type { ProductDraft } from '../db/products';
import { TextAreaField, TextField } from '../ui/Field';

interface ProductFormProps {
  initial?: ProductDraft;
  submitLabel: string;
  onSubmit: (draft: ProductDraft) => Promise<boolean>;
  /** Shown as a Cancel button when given (dialogs); the workspace has none. */
  onCancel?: () => void;
  /** Dialogs put the caret in Name; the workspace leaves focus where the user is. */
  autoFocusName?: boolean;
  /** Extra buttons on the left of the action row (archive, delete). */
  extraActions?: ReactNode;
}

export function ProductForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  autoFocusName = true,
  extraActions,
}: ProductFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [tags, setTags] = useState(formatTags(initial?.tags ?? []));
  const [nameError, setNameError] = useState<string | null>(null);
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nameCheck = checkName(name);
    const summaryCheck = checkSummary(summary);
    setNameError(nameCheck.ok ? null : nameCheck.message);
    setSummaryError(summaryCheck.ok ? null : summaryCheck.message);
    if (!nameCheck.ok || !summaryCheck.ok) {
      const fieldName = nameCheck.ok ? 'summary' : 'name';
      const field = event.currentTarget.elements.namedItem(fieldName);
      if (field instanceof HTMLElement) field.focus();
      return;
    }
    setSaving(true);
    await onSubmit({
      name: nameCheck.value,
      summary: summaryCheck.value,
      owner: owner.replace(/\s+/g, ' ').trim(),
      tags: parseTags(tags),
    });
    setSaving(false);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Name"
        name="name"
        value={name}
        error={nameError}
        autoFocus={autoFocusName}
        autoComplete="off"
        onChange={(e) => {
          setName(e.target.value);
          if (nameError) setNameError(null);
        }}
      />
      <TextAreaField
        label="Summary"
        name="summary"
        value={summary}
        error={summaryError}
        rows={3}
        onChange={(e) => setSummary(e.target.value)}
      />
      <div className="form-row">
        <TextField
          label="Owner"
          value={owner}
          autoComplete="off"
          onChange={(e) => setOwner(e.target.value)}
        />
        <TextField
          label="Tags"
          value={tags}
          hint="Separate tags with commas."
          autoComplete="off"
          onChange={(e) => setTags(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <div className="form-actions-start">{extraActions}</div>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={saving}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

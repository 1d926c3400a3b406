/** The fields of a product, shared by the create and edit dialogs, with inline checks. */
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  checkLabel,
  checkName,
  checkSummary,
  checkTags,
  formatTags,
} from '../../../shared/domain/product';
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
  const [ownerError, setOwnerError] = useState<string | null>(null);
  const [tagsError, setTagsError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checks = {
      name: checkName(name),
      summary: checkSummary(summary),
      owner: checkLabel(owner, 'owner'),
      tags: checkTags(tags),
    };
    setNameError(checks.name.ok ? null : checks.name.message);
    setSummaryError(checks.summary.ok ? null : checks.summary.message);
    setOwnerError(checks.owner.ok ? null : checks.owner.message);
    setTagsError(checks.tags.ok ? null : checks.tags.message);
    if (!checks.name.ok || !checks.summary.ok || !checks.owner.ok || !checks.tags.ok) {
      // Focus goes to the first field that needs fixing, in the order they are shown.
      const first = (['name', 'summary', 'owner', 'tags'] as const).find((f) => !checks[f].ok);
      const field = event.currentTarget.elements.namedItem(first ?? 'name');
      if (field instanceof HTMLElement) field.focus();
      return;
    }
    setSaving(true);
    await onSubmit({
      name: checks.name.value,
      summary: checks.summary.value,
      owner: checks.owner.value,
      tags: checks.tags.value,
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
          name="owner"
          value={owner}
          error={ownerError}
          autoComplete="off"
          onChange={(e) => {
            setOwner(e.target.value);
            if (ownerError) setOwnerError(null);
          }}
        />
        <TextField
          label="Tags"
          name="tags"
          value={tags}
          error={tagsError}
          hint="Separate tags with commas."
          autoComplete="off"
          onChange={(e) => {
            setTags(e.target.value);
            if (tagsError) setTagsError(null);
          }}
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

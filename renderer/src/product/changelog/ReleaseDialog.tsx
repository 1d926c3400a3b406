/** Creates or edits a release: version, day and notes; a new one can take the unreleased items. */
import { useState, type FormEvent } from 'react';
import {
  checkReleaseDraft,
  type ReleaseDraft,
  type ReleaseField,
} from '../../../../shared/domain/changelog';
import type { Product } from '../../../../shared/domain/product';
import type { BacklogItem, Release } from '../../../../shared/domain/workspace';
import { TextAreaField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { addRelease, editRelease } from './changelog-commands';

/** Today on the user's calendar, YYYY-MM-DD (not UTC's, which may be another day). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface ReleaseDialogProps {
  product: Product;
  /** The release to edit; null for a new one. */
  release: Release | null;
  releases: readonly Release[];
  unreleased: readonly BacklogItem[];
  onClose: () => void;
}

export function ReleaseDialog({
  product,
  release,
  releases,
  unreleased,
  onClose,
}: ReleaseDialogProps) {
  const [draft, setDraft] = useState<ReleaseDraft>(
    release
      ? { version: release.version, date: release.date, notes: release.notes }
      : { version: '', date: localToday(), notes: '' },
  );
  const [errors, setErrors] = useState<Partial<Record<ReleaseField, string>>>({});
  const [includeUnreleased, setIncludeUnreleased] = useState(true);
  const others = releases.filter((r) => r.id !== release?.id).map((r) => r.version);

  const field = (key: ReleaseField) => ({
    value: draft[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => {
      setDraft({ ...draft, [key]: event.target.value });
      setErrors({ ...errors, [key]: undefined });
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkReleaseDraft(draft, others);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    const ids = includeUnreleased ? unreleased.map((f) => f.id) : [];
    const done = release
      ? await editRelease(release, check.value)
      : await addRelease(product, check.value, ids);
    if (done) onClose();
  }

  const count = unreleased.length;
  return (
    <Modal title={release ? `Edit release ${release.version}` : 'New release'} onClose={onClose}>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="form-row">
          <TextField
            label="Version"
            placeholder="2.1"
            autoFocus
            hint="Like 2.1 or 2026.05"
            {...field('version')}
          />
          <TextField label="Release date" type="date" {...field('date')} />
        </div>
        <TextAreaField label="Notes" rows={4} {...field('notes')} />
        {!release && count > 0 && (
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={includeUnreleased}
              onChange={(event) => setIncludeUnreleased(event.target.checked)}
            />
            Include the {count === 1 ? 'shipped item' : `${count} shipped items`} not yet in a
            release
          </label>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {release ? 'Save release' : 'Create release'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

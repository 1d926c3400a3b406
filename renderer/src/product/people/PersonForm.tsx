/** Forms for a persona or competitor: add one to the plan, or edit one in its table row. */
import { useState, type FormEvent } from 'react';
import {
  PERSON_KIND_INFO,
  checkPersonDraft,
  type PersonDraft,
  type PersonKind,
} from '../../../../shared/domain/people';
import type { Person } from '../../db/people';
import { TextAreaField, TextField } from '../../ui/Field';
import { addPerson, editPerson } from './people-commands';

type Errors = Partial<Record<keyof PersonDraft, string>>;

/** Checks the draft; returns the cleaned value, or null after showing the errors. */
function useDraft(kind: PersonKind, initial: PersonDraft, otherNames: readonly string[]) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  return {
    draft,
    errors,
    reset: () => setDraft(initial),
    field: (key: keyof PersonDraft) => ({
      value: draft[key],
      error: errors[key],
      onChange: (event: { target: { value: string } }) => {
        setDraft({ ...draft, [key]: event.target.value });
        setErrors({ ...errors, [key]: undefined });
      },
    }),
    checked: (): PersonDraft | null => {
      const check = checkPersonDraft(kind, draft, otherNames);
      if (check.ok) return check.value;
      setErrors(check.errors);
      return null;
    },
  };
}

export function PersonForm({
  planId,
  kind,
  existingNames,
}: {
  planId: string;
  kind: PersonKind;
  existingNames: readonly string[];
}) {
  const label = PERSON_KIND_INFO[kind].label;
  const form = useDraft(kind, { name: '', notes: '' }, existingNames);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // React clears currentTarget once the handler returns, before the save is done.
    const formElement = event.currentTarget;
    const value = form.checked();
    if (value && (await addPerson(planId, kind, value))) {
      form.reset();
      formElement.querySelector('input')?.focus();
    }
  }

  return (
    <form className="form person-form" onSubmit={(event) => void onSubmit(event)}>
      <div className="form-row">
        <TextField label={`${label} name`} {...form.field('name')} />
        <TextAreaField label={`${label} notes`} rows={1} {...form.field('notes')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Add {label.toLocaleLowerCase()}
        </button>
      </div>
    </form>
  );
}

export function PersonRowEditor({
  kind,
  person,
  otherNames,
  onDone,
}: {
  kind: PersonKind;
  person: Person;
  otherNames: readonly string[];
  onDone: () => void;
}) {
  const word = PERSON_KIND_INFO[kind].label.toLocaleLowerCase();
  const form = useDraft(kind, { name: person.name, notes: person.notes }, otherNames);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = form.checked();
    if (value && (await editPerson(kind, person, value))) onDone();
  }

  return (
    <tr className="people-editing">
      <td colSpan={4}>
        <form
          className="form"
          aria-label={`Edit ${word} ${person.name}`}
          onSubmit={(event) => void onSubmit(event)}
          onKeyDown={(event) => {
            // Escape cancels the edit; the dialog itself stays open.
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onDone();
            }
          }}
        >
          <div className="form-row">
            <TextField label="Name" autoFocus {...form.field('name')} />
            <TextAreaField label="Notes" rows={2} {...form.field('notes')} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Save
            </button>
            <button type="button" className="button" onClick={onDone}>
              Cancel
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}

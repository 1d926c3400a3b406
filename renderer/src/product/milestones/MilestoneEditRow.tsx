/** A milestone's row while it is edited in place: Enter saves, Escape cancels. */
import { useId, useState } from 'react';
import { checkCalendarDateInput } from '../../../../shared/domain/calendar';
import { checkMilestoneTitle } from '../../../../shared/domain/milestones';
import type { Milestone } from '../../../../shared/domain/product';
import { EditRowActions, editRowKeyDown } from '../../ui/edit-row';
import { editMilestone } from './milestone-commands';

export type MilestoneErrors = { title?: string; date?: string };

/** Checks a typed title and date: the draft, or a message per field. */
export function checkMilestoneInput(title: string, date: string) {
  const t = checkMilestoneTitle(title);
  const d = checkCalendarDateInput(date);
  if (t.ok && d.ok) return { ok: true as const, draft: { title: t.value, date: d.value } };
  const errors: MilestoneErrors = {
    title: t.ok ? undefined : t.message,
    date: d.ok ? undefined : d.message,
  };
  return { ok: false as const, errors };
}

export function MilestoneEditRow({
  milestone,
  onDone,
}: {
  milestone: Milestone;
  onDone: () => void;
}) {
  const errorId = useId();
  const [title, setTitle] = useState(milestone.title);
  const [date, setDate] = useState(milestone.date);
  const [errors, setErrors] = useState<MilestoneErrors>({});

  async function save() {
    const check = checkMilestoneInput(title, date);
    if (!check.ok) return setErrors(check.errors);
    if (await editMilestone(milestone, check.draft)) onDone();
  }
  const message = [errors.title, errors.date].filter(Boolean).join(' ');
  const describedBy = message ? errorId : undefined;
  return (
    <tr className="kpi-edit-row" onKeyDown={editRowKeyDown(() => void save(), onDone)}>
      <td />
      <td colSpan={2}>
        <div className="milestone-edit-fields">
          <input
            aria-label="Edit title"
            value={title}
            autoFocus
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setTitle(e.target.value)}
          />
          <input
            type="date"
            aria-label="Edit date"
            value={date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        {message && (
          <p id={errorId} className="field-error">
            {message}
          </p>
        )}
      </td>
      <td />
      <EditRowActions onSave={() => void save()} onCancel={onDone} />
    </tr>
  );
}

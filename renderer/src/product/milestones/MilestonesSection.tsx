/**
 * The product's milestones: dated checkpoints in date order, each with how long is left or
 * how late it is, ticked off when done. The card shows the next one (see nextMilestone).
 */
import '../kpis/kpis.css';
import './milestones.css';
import { Pencil, Trash2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import { countMilestones, describeDue, isOverdue } from '../../../../shared/domain/milestones';
import type { Milestone, Product } from '../../../../shared/domain/product';
import { useMilestones } from '../../db/milestones';
import { TextField } from '../../ui/Field';
import { focusNeighbourAfterRemoval, focusSoon } from '../../ui/focus-after-removal';
import { useToday } from '../../ui/useToday';
import { addMilestone, removeMilestone, toggleDone } from './milestone-commands';
import { MilestoneEditRow, checkMilestoneInput, type MilestoneErrors } from './MilestoneEditRow';

function AddMilestoneForm({ productId }: { productId: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<MilestoneErrors>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkMilestoneInput(title, date);
    if (!check.ok) {
      setErrors(check.errors);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    if (await addMilestone(productId, check.draft)) {
      // Clear only what was saved: anything typed while it saved stays.
      setTitle((now) => (now === title ? '' : now));
      setDate((now) => (now === date ? '' : now));
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    }
  }
  return (
    <form ref={formRef} className="milestone-add" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label="Title"
        value={title}
        error={errors.title}
        placeholder="Public beta"
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextField
        label="Date"
        type="date"
        value={date}
        error={errors.date}
        onChange={(e) => setDate(e.target.value)}
      />
      <button type="submit" className="button button-primary">
        Add milestone
      </button>
    </form>
  );
}

function MilestoneRow({
  milestone,
  today,
  onEdit,
}: {
  milestone: Milestone;
  today: string;
  onEdit: () => void;
}) {
  const rowRef = useRef<HTMLTableRowElement>(null);
  // The box shows the new state at once; any later write to the milestone (this one, an undo)
  // stamps a new updatedAt and the stored state takes over, as it does if the write fails.
  const [pending, setPending] = useState<{ at: string; to: boolean } | null>(null);
  const checked = pending?.at === milestone.updatedAt ? pending.to : milestone.done;
  async function toggle() {
    setPending({ at: milestone.updatedAt, to: !checked });
    if (!(await toggleDone(milestone))) setPending(null);
  }
  const overdue = isOverdue(milestone, today);
  const { title } = milestone;
  async function remove() {
    const refocus = focusNeighbourAfterRemoval(rowRef.current, 'input', () =>
      document.querySelector<HTMLElement>('.milestone-add input'),
    );
    if (await removeMilestone(milestone)) refocus();
  }
  const className = [milestone.done && 'is-done', overdue && 'is-overdue'].filter(Boolean);
  return (
    <tr
      ref={rowRef}
      data-milestone-id={milestone.id}
      data-record-id={milestone.id}
      className={className.join(' ')}
    >
      <td className="milestone-check">
        <input
          type="checkbox"
          aria-label={`${title} done`}
          checked={checked}
          onChange={() => void toggle()}
        />
      </td>
      <th scope="row" className="milestone-title">
        {title}
      </th>
      <td>
        <time dateTime={milestone.date}>{formatCalendarDate(milestone.date)}</time>
      </td>
      <td className="milestone-due">
        {milestone.done ? (
          <span className="kpi-muted">Done</span>
        ) : (
          <>
            {overdue && <span className="overdue-badge">Overdue</span>}
            <span>{describeDue(milestone.date, today)}</span>
          </>
        )}
      </td>
      <td className="kpi-row-actions">
        <button
          type="button"
          className="icon-button milestone-edit"
          aria-label={`Edit milestone ${title}`}
          title="Edit"
          onClick={onEdit}
        >
          <Pencil size={15} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete milestone ${title}`}
          title="Delete"
          onClick={() => void remove()}
        >
          <Trash2 size={15} aria-hidden="true" />
        </button>
      </td>
    </tr>
  );
}

export function MilestonesSection({ product }: { product: Product }) {
  const milestones = useMilestones(product.id);
  const today = useToday();
  const [editingId, setEditingId] = useState<string | null>(null);
  const counts = milestones ? countMilestones(milestones, today) : null;
  const stopEditing = (id: string) => {
    setEditingId(null);
    focusSoon(`[data-milestone-id="${CSS.escape(id)}"] .milestone-edit`);
  };

  return (
    <section className="workspace-section milestones" aria-labelledby="section-milestones">
      <div className="kpis-heading">
        <h2 id="section-milestones">Milestones</h2>
        {counts && milestones && milestones.length > 0 && (
          <p className="kpis-summary">
            {counts.open} open · {counts.done} done
            {counts.overdue > 0 && <span className="overdue-badge">{counts.overdue} overdue</span>}
          </p>
        )}
      </div>
      <AddMilestoneForm productId={product.id} />
      {milestones?.length === 0 && (
        <p className="kpis-empty">
          No milestones yet. Add the checkpoints that matter: beta, launch, first-week review.
        </p>
      )}
      {milestones && milestones.length > 0 && (
        <table className="kpi-table milestone-table">
          <caption className="sr-only">Milestones of {product.name}, by date</caption>
          <thead>
            <tr>
              <th scope="col">Done</th>
              <th scope="col">Milestone</th>
              <th scope="col">Date</th>
              <th scope="col">Due</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((milestone) =>
              milestone.id === editingId ? (
                <MilestoneEditRow
                  key={milestone.id}
                  milestone={milestone}
                  onDone={() => stopEditing(milestone.id)}
                />
              ) : (
                <MilestoneRow
                  key={milestone.id}
                  milestone={milestone}
                  today={today}
                  onEdit={() => setEditingId(milestone.id)}
                />
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

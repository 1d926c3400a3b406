/**
 * Acting on the selected items at once. The choices apply on "Apply", not on change: in a
 * closed <select> the arrow keys change the value, and a bulk edit per key press would run
 * every status past the selection.
 */
import { useState, type FormEvent } from 'react';
import {
  BACKLOG_STATUSES,
  BACKLOG_STATUS_LABELS,
  MOSCOW,
  MOSCOW_LABELS,
  type BacklogStatus,
  type Moscow,
} from '../../../../shared/domain/workspace';

const UNCHANGED = '';
const NOT_SET = 'none';

interface BulkBarProps {
  count: number;
  onApply: (patch: { status?: BacklogStatus; moscow?: Moscow | null }) => Promise<boolean>;
  onDelete: () => void;
  onClear: () => void;
}

export function BulkBar({ count, onApply, onDelete, onClear }: BulkBarProps) {
  const [status, setStatus] = useState(UNCHANGED);
  const [moscow, setMoscow] = useState(UNCHANGED);
  const items = `${count} ${count === 1 ? 'item' : 'items'}`;

  async function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const patch: { status?: BacklogStatus; moscow?: Moscow | null } = {};
    if (status !== UNCHANGED) patch.status = status as BacklogStatus;
    if (moscow !== UNCHANGED) patch.moscow = moscow === NOT_SET ? null : (moscow as Moscow);
    if (Object.keys(patch).length === 0) return;
    if (await onApply(patch)) {
      setStatus(UNCHANGED);
      setMoscow(UNCHANGED);
    }
  }

  const nothingChosen = status === UNCHANGED && moscow === UNCHANGED;
  return (
    <form className="bulk-bar" aria-label="Selected items" onSubmit={apply}>
      <span className="bulk-count" aria-live="polite">
        {count} selected
      </span>
      <label className="inline-field">
        <span>Set status</span>
        <select value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value={UNCHANGED}>Keep</option>
          {BACKLOG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {BACKLOG_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>Set MoSCoW</span>
        <select value={moscow} onChange={(event) => setMoscow(event.target.value)}>
          <option value={UNCHANGED}>Keep</option>
          {MOSCOW.map((m) => (
            <option key={m} value={m}>
              {MOSCOW_LABELS[m]}
            </option>
          ))}
          <option value={NOT_SET}>Not set</option>
        </select>
      </label>
      <button type="submit" className="button button-primary" disabled={nothingChosen}>
        Apply to {items}
      </button>
      <span className="bulk-spacer" />
      <button type="button" className="button button-danger" onClick={onDelete}>
        Delete {items}
      </button>
      <button type="button" className="button button-quiet" onClick={onClear}>
        Clear selection
      </button>
    </form>
  );
}

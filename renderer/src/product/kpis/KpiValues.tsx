/**
 * A KPI's values as a table (the chart's accessible alternative), newest first, each editable
 * in place, and the form that records a new value.
 */
import { Pencil, Trash2 } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { checkCalendarDateInput, formatCalendarDate } from '../../../../shared/domain/calendar';
import { checkKpiNumberInput, formatKpiValue } from '../../../../shared/domain/kpi';
import type { Kpi, KpiValue } from '../../../../shared/domain/workspace';
import { EditRowActions, editRowKeyDown } from '../../ui/edit-row';
import { TextField } from '../../ui/Field';
import { focusNeighbourAfterRemoval, focusSoon } from '../../ui/focus-after-removal';
import { useToday } from '../../ui/useToday';
import { addKpiValue, editKpiValue, removeKpiValue } from './kpi-commands';
import { formatRegionNumber } from '../../../../shared/domain/region';

const SHOWN_AT_FIRST = 8;

type Check =
  | { ok: true; value: { date: string; value: number } }
  | { ok: false; date?: string; value?: string };

/** Checks a typed date and value, refusing a second value on a day that already has one. */
function checkReading(
  kpi: Kpi,
  values: readonly KpiValue[],
  rawDate: string,
  rawValue: string,
  editing?: KpiValue,
): Check {
  const date = checkCalendarDateInput(rawDate);
  const value = checkKpiNumberInput(rawValue, kpi.unit);
  let dateError = date.ok ? undefined : date.message;
  if (date.ok && values.some((v) => v.date === date.value && v.id !== editing?.id)) {
    dateError = `There is already a value for ${formatCalendarDate(date.value)}; edit it in the table.`;
  }
  if (dateError || !date.ok || !value.ok) {
    return { ok: false, date: dateError, value: value.ok ? undefined : value.message };
  }
  return { ok: true, value: { date: date.value, value: value.value } };
}

function EditRow({
  kpi,
  value,
  values,
  onDone,
}: {
  kpi: Kpi;
  value: KpiValue;
  values: readonly KpiValue[];
  onDone: () => void;
}) {
  const errorId = useId();
  const [date, setDate] = useState(value.date);
  const [number, setNumber] = useState(() => formatRegionNumber(value.value, 20));
  const [errors, setErrors] = useState<{ date?: string; value?: string }>({});

  async function save() {
    const check = checkReading(kpi, values, date, number, value);
    if (!check.ok) return setErrors({ date: check.date, value: check.value });
    if (await editKpiValue(kpi, value, check.value)) onDone();
  }
  const message = [errors.date, errors.value].filter(Boolean).join(' ');
  return (
    <tr className="kpi-edit-row" onKeyDown={editRowKeyDown(() => void save(), onDone)}>
      <td>
        <input
          type="date"
          aria-label="Edit date"
          value={date}
          autoFocus
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          onChange={(e) => setDate(e.target.value)}
        />
      </td>
      <td>
        <input
          aria-label="Edit value"
          inputMode="decimal"
          value={number}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          onChange={(e) => setNumber(e.target.value)}
        />
        {message && (
          <p id={errorId} className="field-error">
            {message}
          </p>
        )}
      </td>
      <EditRowActions onSave={() => void save()} onCancel={onDone} />
    </tr>
  );
}

export function KpiValuesTable({ kpi, values }: { kpi: Kpi; values: readonly KpiValue[] }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const newestFirst = [...values].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN_AT_FIRST);
  if (values.length === 0) return null;
  return (
    <>
      <table className="kpi-table">
        <caption className="sr-only">Values of {kpi.name}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((value) => {
            if (value.id === editingId) {
              return (
                <EditRow
                  key={value.id}
                  kpi={kpi}
                  value={value}
                  values={values}
                  onDone={() => {
                    setEditingId(null);
                    focusSoon(`.kpi-edit-value[data-value-id="${CSS.escape(value.id)}"]`);
                  }}
                />
              );
            }
            const day = formatCalendarDate(value.date);
            return (
              <tr key={value.id}>
                <th scope="row">
                  <time dateTime={value.date}>{day}</time>
                </th>
                <td className="kpi-number">{formatKpiValue(value.value, kpi.unit)}</td>
                <td className="kpi-row-actions">
                  <button
                    type="button"
                    className="icon-button kpi-edit-value"
                    data-value-id={value.id}
                    aria-label={`Edit the value of ${day}`}
                    title="Edit"
                    onClick={() => setEditingId(value.id)}
                  >
                    <Pencil size={15} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button kpi-delete-value"
                    aria-label={`Delete the value of ${day}`}
                    title="Delete"
                    onClick={(event) => {
                      const button = event.currentTarget;
                      const panel = button.closest('.kpi-values');
                      const refocus = focusNeighbourAfterRemoval(
                        button.closest('tr'),
                        '.kpi-delete-value',
                        () => panel?.querySelector<HTMLElement>('input'),
                      );
                      void removeKpiValue(kpi, value).then((done) => done && refocus());
                    }}
                  >
                    <Trash2 size={15} aria-hidden="true" />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {values.length > SHOWN_AT_FIRST && (
        <button
          type="button"
          className="button button-quiet kpi-show-all"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show recent values only' : `Show all ${values.length} values`}
        </button>
      )}
    </>
  );
}

export function AddKpiValueForm({ kpi, values }: { kpi: Kpi; values: readonly KpiValue[] }) {
  const today = useToday();
  const formRef = useRef<HTMLFormElement>(null);
  const [date, setDate] = useState(today);
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<{ date?: string; value?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkReading(kpi, values, date, number);
    if (!check.ok) return setErrors({ date: check.date, value: check.value });
    setErrors({});
    if (await addKpiValue(kpi, check.value)) {
      // Clear only what was saved: anything typed while it saved stays.
      setNumber((now) => (now === number ? '' : now));
      // Ready for the next reading: the value field again, the date kept.
      formRef.current?.querySelector<HTMLInputElement>('input[inputmode="decimal"]')?.focus();
    }
  }
  return (
    <form ref={formRef} className="kpi-add-value" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label="Date"
        type="date"
        value={date}
        error={errors.date}
        onChange={(e) => setDate(e.target.value)}
      />
      <TextField
        label="Value"
        value={number}
        error={errors.value}
        inputMode="decimal"
        autoComplete="off"
        onChange={(e) => setNumber(e.target.value)}
      />
      <button type="submit" className="button button-primary">
        Add value
      </button>
    </form>
  );
}

/** The dialog that adds or edits a KPI: name, unit, target and which direction is better. */
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  KPI_DIRECTION_LABELS,
  checkKpiName,
  checkKpiNumberInput,
  checkKpiUnit,
} from '../../../../shared/domain/kpi';
import { KPI_DIRECTIONS, type Kpi, type KpiDirection } from '../../../../shared/domain/workspace';
import type { KpiDraft } from '../../db/kpis';
import { TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { formatRegionNumber } from '../../../../shared/domain/region';

type Errors = Partial<Record<'name' | 'unit' | 'target', string>>;

export function KpiForm({
  kpi,
  onSubmit,
  onClose,
}: {
  /** The KPI to edit; a new one when absent. */
  kpi?: Kpi;
  onSubmit: (draft: KpiDraft) => Promise<boolean>;
  onClose: () => void;
}) {
  const directionId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(kpi?.name ?? '');
  const [unit, setUnit] = useState(kpi?.unit ?? '');
  // The stored number exactly, not rounded for display, so saving unchanged changes nothing.
  const [target, setTarget] = useState(kpi ? formatRegionNumber(kpi.target, 20) : '');
  const [direction, setDirection] = useState<KpiDirection>(kpi?.direction ?? 'higher');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checks = {
      name: checkKpiName(name),
      unit: checkKpiUnit(unit),
      target: checkKpiNumberInput(target, unit, 'target'),
    };
    const found: Errors = {};
    for (const [field, check] of Object.entries(checks)) {
      if (!check.ok) found[field as keyof Errors] = check.message;
    }
    setErrors(found);
    if (!checks.name.ok || !checks.unit.ok || !checks.target.ok) {
      // Focus the first field that needs fixing (once marked), so its message is read out.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setSaving(true);
    const saved = await onSubmit({
      name: checks.name.value,
      unit: checks.unit.value,
      target: checks.target.value,
      direction,
    });
    setSaving(false);
    if (saved) onClose();
  }

  return (
    <Modal title={kpi ? `Edit KPI “${kpi.name}”` : 'New KPI'} onClose={onClose}>
      <form ref={formRef} className="form kpi-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label="Name"
          value={name}
          error={errors.name}
          autoFocus
          placeholder="Monthly active users"
          onChange={(e) => setName(e.target.value)}
        />
        <div className="form-row">
          <TextField
            label="Unit"
            value={unit}
            error={errors.unit}
            hint="Shown with values: %, €, users. Optional."
            onChange={(e) => setUnit(e.target.value)}
          />
          <TextField
            label="Target"
            value={target}
            error={errors.target}
            inputMode="decimal"
            autoComplete="off"
            onChange={(e) => setTarget(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={directionId}>Direction</label>
          <select
            id={directionId}
            value={direction}
            onChange={(e) => setDirection(e.target.value as KpiDirection)}
          >
            {KPI_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {KPI_DIRECTION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <span className="form-actions-start" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {kpi ? 'Save KPI' : 'Add KPI'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * Logging or editing an experiment: what was expected, the KPI it should move, when it ran,
 * its variants with their results, and the decision with its reason. The dialog closes only
 * once the experiment is saved; a refusal shows beside the field it concerns.
 */
import { useState, type FormEvent } from 'react';
import {
  EXPERIMENT_DECISIONS,
  EXPERIMENT_DECISION_LABELS,
  checkExperiment,
  type Experiment,
  type ExperimentDecision,
  type ExperimentDraft,
  type ExperimentField,
} from '../../../../shared/domain/experiments';
import type { Kpi } from '../../../../shared/domain/workspace';
import { TextAreaField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { useToday } from '../../ui/useToday';
import { VariantsEditor } from './VariantsEditor';

const NO_KPI = '';

export function ExperimentForm({
  experiment,
  kpis,
  onSubmit,
  onClose,
}: {
  experiment?: Experiment;
  kpis: readonly Kpi[];
  onSubmit: (draft: ExperimentDraft) => Promise<boolean>;
  onClose: () => void;
}) {
  const today = useToday();
  const [draft, setDraft] = useState<ExperimentDraft>(() => ({
    title: experiment?.title ?? '',
    hypothesis: experiment?.hypothesis ?? '',
    kpiId: experiment?.kpiId ?? kpis[0]?.id ?? null,
    startOn: experiment?.startOn ?? today,
    endOn: experiment?.endOn ?? null,
    variants: experiment?.variants ?? [
      { name: 'Control', result: '' },
      { name: '', result: '' },
    ],
    decision: experiment?.decision ?? 'undecided',
    rationale: experiment?.rationale ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<ExperimentField, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ExperimentDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkExperiment(draft);
    if (!check.ok) {
      setErrors(check.errors);
      const form = event.currentTarget;
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    setSaving(true);
    const done = await onSubmit(check.value);
    setSaving(false);
    if (done) onClose();
  }

  return (
    <Modal title={experiment ? 'Edit experiment' : 'Log an experiment'} onClose={onClose} wide>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label="Title"
          autoFocus
          autoComplete="off"
          value={draft.title}
          error={errors.title}
          placeholder="Referral month free"
          onChange={(event) => set({ title: event.target.value })}
        />
        <TextAreaField
          label="Hypothesis"
          rows={2}
          value={draft.hypothesis}
          error={errors.hypothesis}
          hint="If we do this, then that will happen, because…"
          onChange={(event) => set({ hypothesis: event.target.value })}
        />
        <div className="form-row">
          <SelectField
            label="KPI it should move"
            value={draft.kpiId ?? NO_KPI}
            onChange={(value) => set({ kpiId: value === NO_KPI ? null : value })}
            hint={kpis.length === 0 ? 'Add KPIs in the KPIs section to link one.' : undefined}
          >
            <option value={NO_KPI}>No KPI</option>
            {kpis.map((kpi) => (
              <option key={kpi.id} value={kpi.id}>
                {kpi.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Start"
            type="date"
            value={draft.startOn}
            error={errors.startOn}
            onChange={(event) => set({ startOn: event.target.value })}
          />
          <TextField
            label="End"
            type="date"
            value={draft.endOn ?? ''}
            error={errors.endOn}
            hint="Leave empty while it runs."
            onChange={(event) =>
              set({ endOn: event.target.value === '' ? null : event.target.value })
            }
          />
        </div>
        <VariantsEditor
          variants={draft.variants}
          error={errors.variants}
          onChange={(variants) => set({ variants })}
        />
        <div className="form-row">
          <SelectField
            label="Decision"
            value={draft.decision}
            onChange={(value) => set({ decision: value as ExperimentDecision })}
          >
            {EXPERIMENT_DECISIONS.map((decision) => (
              <option key={decision} value={decision}>
                {EXPERIMENT_DECISION_LABELS[decision]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          label="Rationale"
          rows={2}
          value={draft.rationale}
          error={errors.rationale}
          hint="What the results showed, and why you decided so."
          onChange={(event) => set({ rationale: event.target.value })}
        />
        <div className="form-actions">
          <span className="form-actions-start" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {experiment ? 'Save experiment' : 'Log experiment'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

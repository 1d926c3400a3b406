/**
 * Create, rename and delete a plan. Deleting asks first: it removes every product in it. A
 * dialog closes only once its change is saved; if saving fails it stays open and says why.
 */
import { useState, type FormEvent } from 'react';
import { checkName, type Plan } from '../../../shared/domain/product';
import { perform } from '../commands/perform';
import { db } from '../db';
import { createPlan, deletePlan, ensureAPlan, renamePlan } from '../db/plans';
import { useUi } from '../store';
import { TextField } from '../ui/Field';
import { focusBoardSoon } from '../ui/focus-memory';
import { Modal } from '../ui/Modal';

function PlanNameDialog(props: {
  title: string;
  initial: string;
  submitLabel: string;
  /** Saves the name; false when it could not be saved (the error is already shown). */
  onSubmit: (name: string) => Promise<boolean>;
}) {
  const closeDialog = useUi((s) => s.closeDialog);
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const check = checkName(name, 'plan');
    if (!check.ok) return setError(check.message);
    setSaving(true);
    const saved = await props.onSubmit(check.value);
    setSaving(false);
    if (saved) closeDialog();
  }
  return (
    <Modal title={props.title} onClose={closeDialog}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Plan name"
          value={name}
          error={error}
          autoFocus
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        <div className="form-actions">
          <div className="form-actions-start" />
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function NewPlanDialog() {
  const openPlan = useUi((s) => s.openPlan);
  return (
    <PlanNameDialog
      title="New plan"
      initial=""
      submitLabel="Create plan"
      onSubmit={async (name) => {
        let created: Plan | null = null;
        await perform(`Create plan ${name}`, async () => {
          const result = await createPlan(db, name);
          created = result.plan;
          return result.changes;
        });
        if (!created) return false;
        openPlan((created as Plan).id);
        useUi.getState().announce(`Created the plan ${name}.`);
        return true;
      }}
    />
  );
}

export function RenamePlanDialog({ plan }: { plan: Plan }) {
  return (
    <PlanNameDialog
      title="Rename plan"
      initial={plan.name}
      submitLabel="Rename"
      onSubmit={async (name) => {
        const renamed = await perform(`Rename plan to ${name}`, () =>
          renamePlan(db, plan.id, name),
        );
        if (renamed) useUi.getState().announce(`Renamed the plan to ${name}.`);
        return renamed;
      }}
    />
  );
}

export function DeletePlanDialog({ plan, productCount }: { plan: Plan; productCount: number }) {
  const closeDialog = useUi((s) => s.closeDialog);
  const openPlan = useUi((s) => s.openPlan);
  const [deleting, setDeleting] = useState(false);
  async function confirm() {
    if (deleting) return;
    setDeleting(true);
    const deleted = await perform(`Delete plan ${plan.name}`, () => deletePlan(db, plan.id));
    setDeleting(false);
    if (!deleted) return;
    closeDialog();
    const next = await ensureAPlan(db);
    openPlan(next.id);
    useUi.getState().showToast(`Deleted plan “${plan.name}”.`, false);
    focusBoardSoon();
  }
  const what = productCount === 1 ? '1 product' : `${productCount} products`;
  return (
    <Modal
      title="Delete this plan?"
      onClose={closeDialog}
      role="alertdialog"
      describedBy="delete-plan-message"
    >
      <p id="delete-plan-message">
        “{plan.name}” and its {what} will be removed from this computer. This cannot be undone.
      </p>
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button" onClick={closeDialog} autoFocus>
          Keep plan
        </button>
        <button
          type="button"
          className="button button-danger-solid"
          disabled={deleting}
          onClick={() => void confirm()}
        >
          Delete plan
        </button>
      </div>
    </Modal>
  );
}

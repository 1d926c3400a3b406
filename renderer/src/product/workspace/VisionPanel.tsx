/**
 * A product's vision and strategy on its Overview: read as a short brief, edited in place.
 * The strategy says which stage it was written for, and asks for a look once the product has
 * moved on.
 */
import { Compass, Pencil } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/lifecycle';
import type { Product } from '../../../../shared/domain/product';
import {
  checkVision,
  hasVision,
  strategyIsStale,
  VISION_LABELS,
  type VisionField,
} from '../../../../shared/domain/vision';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { setVision } from '../../db/vision';
import { useUi } from '../../store';
import { TextAreaField, TextField } from '../../ui/Field';

function VisionForm({ product, onDone }: { product: Product; onDone: () => void }) {
  const [draft, setDraft] = useState({
    vision: product.vision,
    targetCustomer: product.targetCustomer,
    problem: product.problem,
    strategy: product.strategy,
  });
  const [errors, setErrors] = useState<Partial<Record<VisionField, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = (field: VisionField) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkVision(draft);
    if (!check.ok) {
      setErrors(check.errors);
      const form = event.currentTarget;
      requestAnimationFrame(() =>
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setSaving(true);
    const done = await perform(`Save the vision of ${product.name}`, () =>
      setVision(db, product.id, check.value),
    );
    setSaving(false);
    if (done) {
      useUi.getState().announce('Saved the vision and strategy.');
      onDone();
    }
  }

  return (
    <form className="form vision-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label="Vision"
        autoFocus
        autoComplete="off"
        value={draft.vision}
        error={errors.vision}
        hint="One line: where the product is going."
        placeholder="Payroll a five-person company runs in ten minutes a month."
        onChange={(event) => set('vision')(event.target.value)}
      />
      <div className="form-row">
        <TextAreaField
          label="Target customer"
          rows={2}
          value={draft.targetCustomer}
          error={errors.targetCustomer}
          onChange={(event) => set('targetCustomer')(event.target.value)}
        />
        <TextAreaField
          label="Problem"
          rows={2}
          value={draft.problem}
          error={errors.problem}
          onChange={(event) => set('problem')(event.target.value)}
        />
      </div>
      <TextAreaField
        label={`Strategy for ${STAGE_LABELS[product.stage]}`}
        rows={3}
        value={draft.strategy}
        error={errors.strategy}
        hint="How the product plays this stage: where growth comes from, what to defend, what to stop."
        onChange={(event) => set('strategy')(event.target.value)}
      />
      <div className="form-actions">
        <span className="form-actions-start" />
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          Save vision
        </button>
      </div>
    </form>
  );
}

function Brief({ product }: { product: Product }) {
  const stale = strategyIsStale(product);
  const written = product.strategyStage ?? product.stage;
  const line = (field: 'targetCustomer' | 'problem') =>
    product[field] === '' ? null : (
      <div>
        <dt>{VISION_LABELS[field]}</dt>
        <dd className="vision-text">{product[field]}</dd>
      </div>
    );
  return (
    <>
      {product.vision !== '' && <p className="vision-statement">{product.vision}</p>}
      <dl className="vision-facts">
        {line('targetCustomer')}
        {line('problem')}
        {product.strategy !== '' && (
          <div>
            <dt>Strategy for {STAGE_LABELS[written]}</dt>
            <dd className="vision-text">{product.strategy}</dd>
            {stale && (
              <dd className="vision-stale">
                Written for {STAGE_LABELS[written]}; {product.name} is in{' '}
                {STAGE_LABELS[product.stage]} now. Review it for this stage.
              </dd>
            )}
          </div>
        )}
      </dl>
    </>
  );
}

export function VisionPanel({ product }: { product: Product }) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const written = hasVision(product);
  return (
    <section className="vision-panel" aria-labelledby={headingId}>
      <div className="vision-heading">
        <h3 id={headingId} className="detail-heading">
          Vision and strategy
        </h3>
        {!editing && written && (
          <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
            <Pencil size={14} aria-hidden="true" />
            Edit vision and strategy
          </button>
        )}
      </div>
      {editing ? (
        <VisionForm
          key={`${product.id}-${product.updatedAt}`}
          product={product}
          onDone={() => setEditing(false)}
        />
      ) : written ? (
        <Brief product={product} />
      ) : (
        <div className="vision-empty">
          <Compass size={18} aria-hidden="true" />
          <p>
            Say where {product.name} is going, for whom, and how it plays{' '}
            {STAGE_LABELS[product.stage]}: stakeholders read it in every update.
          </p>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Write vision and strategy
          </button>
        </div>
      )}
    </section>
  );
}

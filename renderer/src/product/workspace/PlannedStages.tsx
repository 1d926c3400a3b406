/** When the product should enter its later stages: drawn on the timeline ahead of today. */
import { useId, useState, type FormEvent } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/lifecycle';
import { checkPlannedStages, plannableStages } from '../../../../shared/domain/planned-stages';
import type { Product } from '../../../../shared/domain/product';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { setPlannedStages } from '../../db/products';
import { useUi } from '../../store';

export function PlannedStages({ product }: { product: Product }) {
  const id = useId();
  const stages = plannableStages(product.stage);
  const [dates, setDates] = useState<Record<string, string>>(() =>
    Object.fromEntries(product.plannedStages.map((p) => [p.stage, p.plannedOn])),
  );
  const [error, setError] = useState<string | null>(null);
  if (stages.length === 0) {
    return <p className="muted">Decline is the last stage: there is nothing further to plan.</p>;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const check = checkPlannedStages(product, dates);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    const saved = await perform(`Plan the stages of ${product.name}`, () =>
      setPlannedStages(db, product.id, check.value),
    );
    if (saved) useUi.getState().announce(`Saved the planned dates of ${product.name}.`);
  }

  return (
    <form className="planned-stages" onSubmit={(e) => void save(e)} noValidate>
      {stages.map((stage) => (
        <div className="planned-stage" key={stage} data-stage={stage}>
          <label htmlFor={`${id}-${stage}`}>
            <span className="stage-dot" aria-hidden="true" />
            Enter {STAGE_LABELS[stage]} on
          </label>
          <input
            id={`${id}-${stage}`}
            type="date"
            value={dates[stage] ?? ''}
            aria-invalid={error?.startsWith(STAGE_LABELS[stage]) ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDates({ ...dates, [stage]: e.target.value })}
          />
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button">
          Save planned dates
        </button>
      </div>
    </form>
  );
}

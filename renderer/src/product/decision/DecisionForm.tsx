/**
 * The decision form: a choice among rejuvenate, retire and pivot (a radio group, so arrow
 * keys move between them), the rationale and the date. Retire asks for confirmation, then
 * records the decision and archives the product in one undoable step; the confirmation stays
 * open until that step is saved, and says why if it could not be.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { checkDecision, type DecisionField } from '../../../../shared/domain/decision';
import type { Product } from '../../../../shared/domain/product';
import {
  DECLINE_CHOICES,
  DECLINE_CHOICE_LABELS,
  type DeclineChoice,
} from '../../../../shared/domain/workspace';
import { TextAreaField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { useToday } from '../../ui/useToday';
import { retire, saveDecision } from './decision-commands';

const CHOICE_HINTS: Record<DeclineChoice, string> = {
  rejuvenate: 'Renew it: new features, pricing or marketing to restart growth.',
  retire: 'Wind it down: a sunset plan, customers told; the product is archived.',
  pivot: 'Take it to a new market, or rebrand it.',
};

function ConfirmRetire({
  product,
  onConfirm,
  onCancel,
}: {
  product: Product;
  /** Retires the product; resolves once it is saved (true) or could not be (false). */
  onConfirm: () => Promise<boolean>;
  onCancel: () => void;
}) {
  const textId = useId();
  const [saving, setSaving] = useState(false);
  async function confirm() {
    if (saving) return;
    setSaving(true);
    const done = await onConfirm();
    // On success the form closes this dialog; on failure it stays, with the error in it.
    if (!done) setSaving(false);
  }
  return (
    <Modal
      title={`Retire ${product.name}?`}
      role="alertdialog"
      describedBy={textId}
      onClose={onCancel}
    >
      <p id={textId} className="modal-note">
        It will be archived: it leaves the board (Show archived brings it back), and the decision is
        recorded with your rationale. You can undo this.
      </p>
      <div className="form-actions">
        <span className="form-actions-start" />
        <button type="button" className="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger-solid"
          disabled={saving}
          aria-busy={saving}
          onClick={() => void confirm()}
        >
          {saving ? 'Retiring…' : 'Retire and archive'}
        </button>
      </div>
    </Modal>
  );
}

export function DecisionForm({ product }: { product: Product }) {
  const today = useToday();
  const formRef = useRef<HTMLFormElement>(null);
  const choiceErrorId = useId();
  const hintId = useId();
  const [choice, setChoice] = useState<string>(product.decision?.choice ?? '');
  const [rationale, setRationale] = useState(product.decision?.rationale ?? '');
  const [decidedOn, setDecidedOn] = useState(product.decision?.decidedOn ?? today);
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({});
  const [confirming, setConfirming] = useState(false);

  function focusFirstError() {
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkDecision({ choice, rationale, decidedOn });
    if (!check.ok) {
      setErrors(check.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    if (check.value.choice === 'retire') setConfirming(true);
    else void saveDecision(product, check.value);
  }

  // The confirmation closes only once the decision is saved: a reload right after must
  // find it there.
  async function confirmRetire(): Promise<boolean> {
    const done = await retire(product, { rationale, decidedOn });
    if (done) setConfirming(false);
    return done;
  }

  return (
    <form ref={formRef} className="form decision-form" noValidate onSubmit={submit}>
      <fieldset
        className="decision-choices"
        aria-describedby={errors.choice ? choiceErrorId : undefined}
      >
        <legend>Decision</legend>
        {DECLINE_CHOICES.map((option, i) => (
          <label key={option} className="decision-choice-option" data-choice={option}>
            <input
              type="radio"
              name={`decision-${product.id}`}
              value={option}
              checked={choice === option}
              // Only the first radio is marked, so focus lands on the group once.
              aria-invalid={errors.choice && i === 0 ? true : undefined}
              aria-describedby={`${hintId}-${option}`}
              onChange={() => setChoice(option)}
            />
            <span className="decision-choice-text">
              <span className="decision-choice-name">{DECLINE_CHOICE_LABELS[option]}</span>
              <span id={`${hintId}-${option}`} className="field-hint">
                {CHOICE_HINTS[option]}
              </span>
            </span>
          </label>
        ))}
        {errors.choice && (
          <p id={choiceErrorId} className="field-error">
            {errors.choice}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Rationale"
        rows={4}
        value={rationale}
        error={errors.rationale}
        placeholder="Why: what the decline analysis showed, and what happens next."
        onChange={(e) => setRationale(e.target.value)}
      />
      <div className="form-row">
        <TextField
          label="Date"
          type="date"
          value={decidedOn}
          error={errors.decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save decision
        </button>
      </div>
      {confirming && (
        <ConfirmRetire
          product={product}
          onConfirm={confirmRetire}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

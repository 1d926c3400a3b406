/**
 * The decline decision: in Decline the PM decides to rejuvenate, retire or pivot the product,
 * and writes down why. The rationale is required because the decision is what colleagues
 * read later when they ask what happened to the product.
 */
import { checkCalendarDateInput } from './calendar';
import { MAX_SUMMARY_LENGTH, type FieldCheck } from './product';
import { DECLINE_CHOICES, type DeclineChoice, type DeclineDecision } from './workspace';

export interface DecisionInput {
  choice: string;
  rationale: string;
  decidedOn: string;
}

export type DecisionField = keyof DecisionInput;
export type DecisionCheck =
  | { ok: true; value: DeclineDecision }
  | { ok: false; errors: Partial<Record<DecisionField, string>> };

export function isDeclineChoice(value: string): value is DeclineChoice {
  return (DECLINE_CHOICES as readonly string[]).includes(value);
}

export function checkRationale(raw: string): FieldCheck<string> {
  const value = raw.trim();
  if (value === '') return { ok: false, message: 'Say why: colleagues will read this later.' };
  if (value.length > MAX_SUMMARY_LENGTH) {
    return {
      ok: false,
      message: `Keep the rationale to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`,
    };
  }
  return { ok: true, value };
}

/** Checks every field at once, so a form can mark each one that is wrong. */
export function checkDecision(input: DecisionInput): DecisionCheck {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (!isDeclineChoice(input.choice)) errors.choice = 'Choose rejuvenate, retire or pivot.';
  const rationale = checkRationale(input.rationale);
  if (!rationale.ok) errors.rationale = rationale.message;
  const date = checkCalendarDateInput(input.decidedOn);
  if (!date.ok) errors.decidedOn = date.message;
  if (!rationale.ok || !date.ok || !isDeclineChoice(input.choice)) return { ok: false, errors };
  return {
    ok: true,
    value: { choice: input.choice, rationale: rationale.value, decidedOn: date.value },
  };
}

/** The first problem, for a message when a write is refused. */
export function firstDecisionError(check: DecisionCheck): string | null {
  if (check.ok) return null;
  return check.errors.choice ?? check.errors.rationale ?? check.errors.decidedOn ?? null;
}

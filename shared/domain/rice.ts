/**
 * RICE prioritisation: Reach × Impact × Confidence ÷ Effort. Reach is how many people or
 * events a period, impact is on the scale 0.25 / 0.5 / 1 / 2 / 3, confidence a percentage
 * and effort person-months. Each input is checked on its own, so a form can say which one is
 * wrong, and a score is only computed from inputs that all passed: it is never NaN or
 * Infinity.
 */
import { IMPACT_SCALE, type BacklogItem, type Impact } from './workspace';

export type RiceField = 'reach' | 'impact' | 'confidence' | 'effort';
export type RiceCheck<T> = { ok: true; value: T | null } | { ok: false; message: string };

/**
 * A number typed into a field: blank means "not estimated yet". Commas pass only as thousands
 * separators ("1,200"): read as a decimal comma, "1,5" would silently become 15.
 */
export function parseNumberInput(raw: string): number | null | 'invalid' {
  const text = raw.trim().replace(/[\s_]/g, '');
  if (text === '') return null;
  if (text.includes(',') && !/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return 'invalid';
  const plain = text.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return 'invalid';
  const value = Number(plain);
  if (!Number.isFinite(value)) return 'invalid';
  // "-0" is zero; shown as "-0" it would look like a negative count.
  return value === 0 ? 0 : value;
}

export function isValidReach(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}
export function isValidImpact(value: number): value is Impact {
  return (IMPACT_SCALE as readonly number[]).includes(value);
}
export function isValidConfidence(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}
export function isValidEffort(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

const RULES: Record<RiceField, { valid: (n: number) => boolean; message: string }> = {
  reach: { valid: isValidReach, message: 'Reach is a count: 0 or more.' },
  impact: { valid: isValidImpact, message: 'Impact is one of 0.25, 0.5, 1, 2 or 3.' },
  confidence: { valid: isValidConfidence, message: 'Confidence is a percentage from 0 to 100.' },
  effort: { valid: isValidEffort, message: 'Effort is in person-months and more than 0.' },
};

function notANumberMessage(text: string): string {
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  // "1e400" is written like a number but is beyond what can be computed with.
  if (/^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(text)) return `“${shown}” is too large a number.`;
  return `“${shown}” is not a number.`;
}

/** Checks what was typed into one RICE field; only confidence may end in "%". */
export function checkRiceInput(field: RiceField, raw: string): RiceCheck<number> {
  const trimmed = raw.trim();
  const parsed = parseNumberInput(field === 'confidence' ? trimmed.replace(/%$/, '') : trimmed);
  if (parsed === null) return { ok: true, value: null };
  if (parsed === 'invalid') return { ok: false, message: notANumberMessage(trimmed) };
  const rule = RULES[field];
  return rule.valid(parsed) ? { ok: true, value: parsed } : { ok: false, message: rule.message };
}

export type RiceInputs = Pick<BacklogItem, RiceField>;

/** The RICE score, or null while any input is missing or out of range. */
export function riceScore(inputs: RiceInputs): number | null {
  const { reach, impact, confidence, effort } = inputs;
  if (reach === null || impact === null || confidence === null || effort === null) return null;
  if (
    !isValidReach(reach) ||
    !isValidImpact(impact) ||
    !isValidConfidence(confidence) ||
    !isValidEffort(effort)
  ) {
    return null;
  }
  const score = (reach * impact * (confidence / 100)) / effort;
  return Number.isFinite(score) ? score : null;
}

/** "1,200 × 2 × 80% ÷ 3 = 640": the formula with the item's own numbers. */
export function riceFormula(inputs: RiceInputs): string {
  const show = (n: number | null) => (n === null ? '?' : formatNumber(n));
  const score = riceScore(inputs);
  const confidence = inputs.confidence === null ? '?' : `${formatNumber(inputs.confidence)}%`;
  return `${show(inputs.reach)} × ${show(inputs.impact)} × ${confidence} ÷ ${show(inputs.effort)} = ${
    score === null ? '?' : formatScore(score)
  }`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: 2 });
}

/** Scores are shown to one decimal place below 100 and as whole numbers above. */
export function formatScore(score: number): string {
  return score.toLocaleString('en', { maximumFractionDigits: score < 100 ? 1 : 0 });
}

/** Highest score first; unscored items last, in their backlog order. */
export function compareByScore(a: RiceInputs & { rank: string }, b: RiceInputs & { rank: string }) {
  const sa = riceScore(a);
  const sb = riceScore(b);
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return sb - sa;
  }
  return a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0;
}

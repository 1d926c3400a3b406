/**
 * RICE prioritisation: Reach × Impact × Confidence ÷ Effort. Reach is how many people or
 * events a period, impact is on the scale 0.25 / 0.5 / 1 / 2 / 3, confidence a percentage
 * and effort person-months. Each input is checked on its own, so a form can say which one is
 * wrong, and a score is only computed from inputs that all passed: it is never NaN or
 * Infinity.
 */
import { displayRegion, formatRegionNumber, numberExample, parseRegionNumber } from './region';
import { IMPACT_SCALE, type BacklogItem, type Impact } from './workspace';

export type RiceField = 'reach' | 'impact' | 'confidence' | 'effort';
export type RiceCheck<T> = { ok: true; value: T | null } | { ok: false; message: string };

/**
 * A number typed into a field, as the region writes it (see parseRegionNumber): blank means
 * "not estimated yet". A separator the region uses for thousands is never read as a decimal
 * sign: "1,5" in the US would otherwise silently become 15.
 */
export function parseNumberInput(
  raw: string,
  locale: string = displayRegion(),
): number | null | 'invalid' {
  return parseRegionNumber(raw, locale);
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

/** Why typed text is no number, with how the region writes one when a separator was off. */
export function notANumberMessage(text: string, locale: string = displayRegion()): string {
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  // "1e400" is written like a number but is beyond what can be computed with.
  if (/^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(text)) return `“${shown}” is too large a number.`;
  if (/\d/.test(text) && /[.,]/.test(text)) {
    return `“${shown}” is not a number. Write numbers like ${numberExample(locale)}.`;
  }
  return `“${shown}” is not a number.`;
}

/** Checks what was typed into one RICE field; only confidence may end in "%". */
export function checkRiceInput(
  field: RiceField,
  raw: string,
  locale: string = displayRegion(),
): RiceCheck<number> {
  const trimmed = raw.trim();
  const typed = field === 'confidence' ? trimmed.replace(/\s*%$/, '') : trimmed;
  const parsed = parseNumberInput(typed, locale);
  if (parsed === null) return { ok: true, value: null };
  if (parsed === 'invalid') return { ok: false, message: notANumberMessage(trimmed, locale) };
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
export function riceFormula(inputs: RiceInputs, locale: string = displayRegion()): string {
  const show = (n: number | null) => (n === null ? '?' : formatNumber(n, locale));
  const score = riceScore(inputs);
  const confidence =
    inputs.confidence === null ? '?' : `${formatNumber(inputs.confidence, locale)}%`;
  return `${show(inputs.reach)} × ${show(inputs.impact)} × ${confidence} ÷ ${show(inputs.effort)} = ${
    score === null ? '?' : formatScore(score, locale)
  }`;
}

export function formatNumber(n: number, locale: string = displayRegion()): string {
  return formatRegionNumber(n, 2, locale);
}

/** Scores are shown to one decimal place below 100 and as whole numbers above. */
export function formatScore(score: number, locale: string = displayRegion()): string {
  return formatRegionNumber(score, score < 100 ? 1 : 0, locale);
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

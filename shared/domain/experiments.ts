/**
 * The experiments log: what the PM expected (the hypothesis), the metric it should move (a
 * KPI of the product), when it ran, what each variant did, and what was decided. Growth runs
 * on these; the playbook asks for them and the KPI chart shows when each one ran.
 */
import { checkCalendarDateInput } from './calendar';
import { MAX_LABEL_LENGTH, MAX_SUMMARY_LENGTH, checkName } from './product';
import type { RecordBase } from './records';

export const EXPERIMENT_DECISIONS = ['undecided', 'roll-out', 'iterate', 'stop'] as const;
export type ExperimentDecision = (typeof EXPERIMENT_DECISIONS)[number];
export const EXPERIMENT_DECISION_LABELS: Record<ExperimentDecision, string> = {
  undecided: 'Not decided yet',
  'roll-out': 'Roll it out',
  iterate: 'Iterate',
  stop: 'Stop it',
};

/** One arm of the experiment ("Control", "Referral bonus") and what it did. */
export interface ExperimentVariant {
  name: string;
  result: string;
}

export interface Experiment extends RecordBase {
  productId: string;
  title: string;
  /** What the PM expects to happen, and why. */
  hypothesis: string;
  /** The KPI of the same product the experiment should move; null when none is named. */
  kpiId: string | null;
  /** YYYY-MM-DD */
  startOn: string;
  /** YYYY-MM-DD; null while the experiment runs. */
  endOn: string | null;
  variants: ExperimentVariant[];
  decision: ExperimentDecision;
  /** Why it was decided so: read later by whoever asks why the product is as it is. */
  rationale: string;
}

/** More arms than this is a multivariate test no log entry can describe. */
export const MAX_VARIANTS = 20;

export type ExperimentStatus = 'planned' | 'running' | 'ended';
export const EXPERIMENT_STATUS_LABELS: Record<ExperimentStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  ended: 'Ended',
};

export function experimentStatus(
  experiment: Pick<Experiment, 'startOn' | 'endOn'>,
  today: string,
): ExperimentStatus {
  if (experiment.startOn > today) return 'planned';
  if (experiment.endOn === null || experiment.endOn >= today) return 'running';
  return 'ended';
}

/** Newest first: the one running now matters most; ties by title, then id, for a stable list. */
export function sortExperiments<T extends Pick<Experiment, 'startOn' | 'title' | 'id'>>(
  experiments: readonly T[],
): T[] {
  return [...experiments].sort(
    (a, b) =>
      (a.startOn < b.startOn ? 1 : a.startOn > b.startOn ? -1 : 0) ||
      a.title.localeCompare(b.title, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The days a chart shades: from the start to the end, or to today while it runs. */
export function experimentSpan(
  experiment: Pick<Experiment, 'startOn' | 'endOn'>,
  today: string,
): { start: string; end: string } {
  const end = experiment.endOn ?? (today > experiment.startOn ? today : experiment.startOn);
  // A hand-edited file may end before it starts; the span is still the days between.
  return experiment.startOn <= end
    ? { start: experiment.startOn, end }
    : { start: end, end: experiment.startOn };
}

export type ExperimentDraft = Pick<
  Experiment,
  'title' | 'hypothesis' | 'kpiId' | 'startOn' | 'endOn' | 'variants' | 'decision' | 'rationale'
>;
export type ExperimentField = keyof ExperimentDraft;
export type ExperimentCheck =
  | { ok: true; value: ExperimentDraft }
  | { ok: false; errors: Partial<Record<ExperimentField, string>> };

const count = (n: number) => n.toLocaleString('en');

function checkVariants(variants: readonly ExperimentVariant[]): ExperimentVariant[] | string {
  // A row left blank in the form is no variant.
  const kept = variants
    .map((variant) => ({
      name: variant.name.replace(/\s+/g, ' ').trim(),
      result: variant.result.trim(),
    }))
    .filter((variant) => variant.name !== '' || variant.result !== '');
  if (kept.length > MAX_VARIANTS) return `Keep it to ${MAX_VARIANTS} variants.`;
  const unnamed = kept.findIndex((variant) => variant.name === '');
  if (unnamed >= 0) return `Name variant ${unnamed + 1} (“Control”, “New onboarding”).`;
  const long = kept.find((variant) => variant.name.length > MAX_LABEL_LENGTH);
  if (long) return `Keep each variant’s name to ${MAX_LABEL_LENGTH} characters.`;
  if (kept.some((variant) => variant.result.length > MAX_SUMMARY_LENGTH)) {
    return `Keep each result to ${count(MAX_SUMMARY_LENGTH)} characters.`;
  }
  const names = new Set(kept.map((variant) => variant.name.toLocaleLowerCase()));
  if (names.size < kept.length) return 'Give each variant its own name.';
  return kept;
}

/** Every field at once, so a form can mark each one that is wrong; the value comes tidied. */
export function checkExperiment(input: ExperimentDraft): ExperimentCheck {
  const errors: Partial<Record<ExperimentField, string>> = {};
  const title = checkName(input.title, 'experiment');
  if (!title.ok) errors.title = title.message;
  const hypothesis = input.hypothesis.trim();
  if (hypothesis === '') errors.hypothesis = 'Write what you expect to happen, and why.';
  else if (hypothesis.length > MAX_SUMMARY_LENGTH) {
    errors.hypothesis = `Keep the hypothesis to ${count(MAX_SUMMARY_LENGTH)} characters.`;
  }
  const start = checkCalendarDateInput(input.startOn);
  if (!start.ok) errors.startOn = start.message;
  const end =
    input.endOn === null || input.endOn.trim() === '' ? null : checkCalendarDateInput(input.endOn);
  if (end && !end.ok) errors.endOn = end.message;
  else if (end && start.ok && end.value < start.value) {
    errors.endOn = 'The end comes before the start.';
  }
  const variants = checkVariants(input.variants);
  if (typeof variants === 'string') errors.variants = variants;
  const rationale = input.rationale.trim();
  if (rationale.length > MAX_SUMMARY_LENGTH) {
    errors.rationale = `Keep the rationale to ${count(MAX_SUMMARY_LENGTH)} characters.`;
  }
  if (!(EXPERIMENT_DECISIONS as readonly string[]).includes(input.decision)) {
    errors.decision = 'Choose a decision.';
  } else if (input.decision !== 'undecided' && rationale === '') {
    errors.rationale = 'Say why: whoever reads the log later will ask.';
  }
  if (
    !title.ok ||
    !start.ok ||
    (end && !end.ok) ||
    typeof variants === 'string' ||
    Object.keys(errors).length > 0
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      title: title.value,
      hypothesis,
      kpiId: input.kpiId,
      startOn: start.value,
      endOn: end ? end.value : null,
      variants,
      decision: input.decision,
      rationale,
    },
  };
}

/** The first problem, for a message when a write is refused. */
export function firstExperimentError(check: ExperimentCheck): string | null {
  if (check.ok) return null;
  return Object.values(check.errors)[0] ?? null;
}

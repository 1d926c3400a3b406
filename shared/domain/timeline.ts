/**
 * The timeline's facts for one product: the spans of time it spent (and plans to spend) in
 * each stage, and its milestones, as calendar days. A stage-history timestamp is an instant;
 * it is turned into the local calendar day it fell on once, here, through a function passed
 * in, so the rules below are the same in every time zone and testable in any.
 */
import { formatCalendarDate, isCalendarDate, localCalendarDate } from './calendar';
import { STAGE_LABELS, stageIndex, type Stage } from './lifecycle';
import { isOverdue, sortMilestones } from './milestones';
import type { Milestone, Product } from './product';
import { dayNumber, paddedRange, type DayRange, type Zoom } from './timeline-scale';

/** The local calendar day of an ISO timestamp, or null for text that is not one. */
export type ToLocalDay = (iso: string) => string | null;

export const localDayOf: ToLocalDay = (iso) => {
  // A bare date is already a day: parsing it would read it as UTC midnight and, west of
  // Greenwich, land on the day before.
  if (isCalendarDate(iso)) return iso;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : localCalendarDate(new Date(ms));
};

/**
 * past: a stage the product has left. current: its stage up to today. continuing: its
 * current stage from today until the first planned stage. planned: a later stage it plans
 * to enter.
 */
export type SpanKind = 'past' | 'current' | 'continuing' | 'planned';

export interface TimelineSpan {
  stage: Stage;
  kind: SpanKind;
  /** The first day. */
  start: string;
  /**
   * The day the next span starts (so a span never overlaps the next). The current stage ends
   * at today; the last planned stage has no planned end (null).
   */
  end: string | null;
  /** A planned stage whose planned date had passed: the date it was planned for. */
  latePlannedOn: string | null;
}

export type MilestoneStatus = 'done' | 'open' | 'overdue';

export interface TimelineMilestone {
  id: string;
  title: string;
  date: string;
  status: MilestoneStatus;
}

export interface TimelineRow {
  productId: string;
  name: string;
  spans: TimelineSpan[];
  milestones: TimelineMilestone[];
}

export type TimelineProduct = Pick<
  Product,
  'id' | 'name' | 'stage' | 'stageHistory' | 'plannedStages' | 'createdAt' | 'updatedAt'
>;

interface DatedStage {
  stage: Stage;
  day: string;
}

/**
 * The days the product entered each stage, in time order. History that is out of order
 * (edited by hand, merged from another copy) is sorted; entries on the same day keep their
 * recorded order. With no usable history the product has been in its stage since it was
 * created. The board's stage is the current one: if the latest entry names another stage,
 * the product entered its board stage no later than its last change.
 */
function enteredStages(product: TimelineProduct, toLocalDay: ToLocalDay): DatedStage[] {
  const entries = product.stageHistory
    .map((entry, order) => ({ stage: entry.stage, day: toLocalDay(entry.enteredAt), order }))
    .filter((entry): entry is DatedStage & { order: number } => entry.day !== null)
    .sort((a, b) => (a.day === b.day ? a.order - b.order : a.day < b.day ? -1 : 1));
  const last = entries[entries.length - 1];
  if (!last) {
    const created = toLocalDay(product.createdAt);
    return created ? [{ stage: product.stage, day: created }] : [];
  }
  if (last.stage !== product.stage) {
    const changed = toLocalDay(product.updatedAt);
    entries.push({
      stage: product.stage,
      day: changed && changed > last.day ? changed : last.day,
      order: entries.length,
    });
  }
  return entries;
}

/**
 * Planned stages after the current one, in date order. A planned date that has already
 * passed (or falls before the current stage began) is moved to today, never dropped: the
 * chart shows the stage as due now and the description says which date was missed.
 */
function plannedSpans(product: TimelineProduct, current: DatedStage, today: string) {
  const floor = current.day > today ? current.day : today;
  const seen = new Set<Stage>();
  const planned = product.plannedStages
    .filter((p) => stageIndex(p.stage) > stageIndex(current.stage) && isCalendarDate(p.plannedOn))
    .sort((a, b) =>
      a.plannedOn === b.plannedOn
        ? stageIndex(a.stage) - stageIndex(b.stage)
        : a.plannedOn < b.plannedOn
          ? -1
          : 1,
    )
    // One date per stage: the earliest.
    .filter((p) => {
      if (seen.has(p.stage)) return false;
      seen.add(p.stage);
      return true;
    });
  const spans: TimelineSpan[] = planned.map((p, i) => {
    const next = planned[i + 1];
    return {
      stage: p.stage,
      kind: 'planned',
      start: p.plannedOn < floor ? floor : p.plannedOn,
      end: next ? (next.plannedOn < floor ? floor : next.plannedOn) : null,
      latePlannedOn: p.plannedOn < today ? p.plannedOn : null,
    };
  });
  const first = spans[0];
  if (first && first.start > floor) {
    spans.unshift({
      stage: current.stage,
      kind: 'continuing',
      start: floor,
      end: first.start,
      latePlannedOn: null,
    });
  }
  return spans;
}

export function productSpans(
  product: TimelineProduct,
  today: string,
  toLocalDay: ToLocalDay = localDayOf,
): TimelineSpan[] {
  const entered = enteredStages(product, toLocalDay);
  const spans: TimelineSpan[] = entered.map((entry, i) => {
    const next = entered[i + 1];
    return {
      stage: entry.stage,
      kind: next ? 'past' : 'current',
      start: entry.day,
      // A current stage entered "after today" (a clock ahead elsewhere) ends where it starts.
      end: next ? next.day : entry.day > today ? entry.day : today,
      latePlannedOn: null,
    };
  });
  const current = entered[entered.length - 1];
  return current ? [...spans, ...plannedSpans(product, current, today)] : spans;
}

export function milestoneStatus(
  milestone: Pick<Milestone, 'date' | 'done'>,
  today: string,
): MilestoneStatus {
  if (milestone.done) return 'done';
  return isOverdue(milestone, today) ? 'overdue' : 'open';
}

export function timelineRow(
  product: TimelineProduct,
  milestones: readonly Pick<Milestone, 'id' | 'title' | 'date' | 'done'>[],
  today: string,
  toLocalDay: ToLocalDay = localDayOf,
): TimelineRow {
  return {
    productId: product.id,
    name: product.name,
    spans: productSpans(product, today, toLocalDay),
    milestones: sortMilestones(milestones.filter((m) => isCalendarDate(m.date))).map((m) => ({
      id: m.id,
      title: m.title,
      date: m.date,
      status: milestoneStatus(m, today),
    })),
  };
}

/** The range that shows every span and milestone of `rows`, and today (see paddedRange). */
export function visibleRange(
  rows: readonly TimelineRow[],
  today: string,
  zoom: Zoom,
  minDays = 0,
): DayRange {
  const dates = [today];
  for (const row of rows) {
    for (const span of row.spans) {
      dates.push(span.start);
      if (span.end) dates.push(span.end);
    }
    for (const milestone of row.milestones) dates.push(milestone.date);
  }
  return paddedRange(dates, zoom, minDays);
}

/** Days in [start, end). */
export function spanDays(span: Pick<TimelineSpan, 'start' | 'end'>, today: string): number {
  return Math.max(0, dayNumber(span.end ?? today) - dayNumber(span.start));
}

const AVERAGE_MONTH_DAYS = 365.2425 / 12;

/** "less than a day", "1 day", "45 days", "5 months", "2 years", "3 years 4 months". */
export function formatSpanLength(days: number): string {
  if (days < 1) return 'less than a day';
  if (days < 60) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / AVERAGE_MONTH_DAYS);
  if (months < 24) return `${months} months`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest === 0) return `${years} years`;
  return `${years} years ${rest} ${rest === 1 ? 'month' : 'months'}`;
}

function describeSpan(span: TimelineSpan, today: string, locale?: string): string | null {
  const day = (date: string) => formatCalendarDate(date, { dateStyle: 'medium' }, locale);
  const stage = STAGE_LABELS[span.stage];
  const length = formatSpanLength(spanDays(span, today));
  switch (span.kind) {
    case 'past':
      return span.start === span.end
        ? `${stage} on ${day(span.start)}, left the same day`
        : `${stage} from ${day(span.start)} to ${day(span.end ?? today)}, ${length}`;
    case 'current':
      return `${stage} since ${day(span.start)}, ${length} so far`;
    case 'continuing':
      return null;
    case 'planned':
      return span.latePlannedOn
        ? `${stage} planned for ${day(span.latePlannedOn)}, overdue`
        : `${stage} planned from ${day(span.start)}`;
  }
}

const STATUS_WORDS: Record<MilestoneStatus, string> = {
  done: 'done',
  open: 'open',
  overdue: 'overdue',
};

/**
 * The row in words, for screen readers and for the detail line under the chart:
 * "Ideation from 6 Jul 2019 to 3 Dec 2019, 5 months; Development since 3 Dec 2019, …".
 */
export function describeRow(row: TimelineRow, today: string, locale?: string): string {
  const parts = row.spans
    .map((span) => describeSpan(span, today, locale))
    .filter((text): text is string => text !== null);
  const milestones = row.milestones.map(
    (m) =>
      `${m.title}, ${formatCalendarDate(m.date, { dateStyle: 'medium' }, locale)}, ${STATUS_WORDS[m.status]}`,
  );
  const sentences = [parts.length > 0 ? parts.join('; ') : 'No stage dates'];
  if (milestones.length > 0) {
    sentences.push(
      `${milestones.length === 1 ? 'Milestone' : `${milestones.length} milestones`}: ${milestones.join('; ')}`,
    );
  }
  return `${sentences.join('. ')}.`;
}

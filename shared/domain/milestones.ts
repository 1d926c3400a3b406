/**
 * Milestone rules: their order, which are overdue, which one a card shows, and how the time
 * to a milestone is said. "Today" is always passed in as a calendar date (see calendar.ts),
 * so the rules are the same in every time zone and in tests.
 */
import { daysBetween } from './calendar';
import { MAX_NAME_LENGTH, type FieldCheck, type Milestone } from './product';
import { formatCount } from './region';

type Ordered = Pick<Milestone, 'id' | 'date' | 'title'>;

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By date, then title (ignoring case, "M2" before "M10"), then id so the order never wobbles. */
export function compareMilestones(a: Ordered, b: Ordered): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byTitle = titleOrder.compare(a.title, b.title);
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy; with `doneLast`, open milestones come first, each group in date order. */
export function sortMilestones<T extends Ordered & Pick<Milestone, 'done'>>(
  milestones: readonly T[],
  options: { doneLast?: boolean } = {},
): T[] {
  return [...milestones].sort((a, b) => {
    if (options.doneLast && a.done !== b.done) return a.done ? 1 : -1;
    return compareMilestones(a, b);
  });
}

/** Not done and its day has passed; a milestone due today is not overdue yet. */
export function isOverdue(milestone: Pick<Milestone, 'date' | 'done'>, today: string): boolean {
  return !milestone.done && milestone.date < today;
}

export interface NextMilestone<T> {
  milestone: T;
  /** Days from today to its date: negative when overdue. */
  days: number;
  overdue: boolean;
}

/**
 * The milestone a card shows: the earliest one not done. Open milestones are worked through
 * in date order, so one whose date has passed is still the next thing to deal with, and the
 * card flags it as overdue rather than hiding it behind a later one. Null when all are done.
 */
export function nextMilestone<T extends Ordered & Pick<Milestone, 'done'>>(
  milestones: readonly T[],
  today: string,
): NextMilestone<T> | null {
  let next: T | null = null;
  for (const milestone of milestones) {
    if (milestone.done) continue;
    if (next === null || compareMilestones(milestone, next) < 0) next = milestone;
  }
  if (next === null) return null;
  const days = daysBetween(today, next.date);
  return { milestone: next, days, overdue: days < 0 };
}

/** "Due today", "Due tomorrow", "In 5 days", "1 day overdue", "12 days overdue". */
export function describeDue(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days > 1) return `In ${formatCount(days)} days`;
  const late = -days;
  return late === 1 ? '1 day overdue' : `${formatCount(late)} days overdue`;
}

export interface MilestoneCounts {
  open: number;
  done: number;
  overdue: number;
}

export function countMilestones(
  milestones: readonly Pick<Milestone, 'date' | 'done'>[],
  today: string,
): MilestoneCounts {
  let done = 0;
  let overdue = 0;
  for (const milestone of milestones) {
    if (milestone.done) done += 1;
    else if (isOverdue(milestone, today)) overdue += 1;
  }
  return { open: milestones.length - done, done, overdue };
}

export function checkMilestoneTitle(raw: string): FieldCheck<string> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return { ok: false, message: 'Give the milestone a title.' };
  if (value.length > MAX_NAME_LENGTH) {
    return {
      ok: false,
      message: `The title is ${value.length.toLocaleString('en')} characters; keep it to ${MAX_NAME_LENGTH.toLocaleString('en')}.`,
    };
  }
  return { ok: true, value };
}

/** The benchmark plan's clock: a fixed "now", so no generated date depends on the day it runs. */
export const PLAN_NOW = Date.UTC(2026, 2, 1, 9, 0, 0);
const DAY_MS = 86_400_000;

/** An ISO timestamp `days` (and `minutes`) before PLAN_NOW; negative days are in the future. */
export function daysAgo(days: number, minutes = 0): string {
  return new Date(PLAN_NOW - days * DAY_MS - minutes * 60_000).toISOString();
}

/** A calendar date (YYYY-MM-DD) `days` before PLAN_NOW. */
export function dayOf(days: number): string {
  return daysAgo(days).slice(0, 10);
}

/** Whole days from `iso` to PLAN_NOW. */
export function daysSince(iso: string): number {
  return Math.floor((PLAN_NOW - Date.parse(iso)) / DAY_MS);
}

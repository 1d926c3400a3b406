/**
 * The changelog's rules: what a release needs, the order releases are listed in, and which
 * shipped backlog items belong to which release. Shared by the Changelog section, its
 * repository and the release-notes export.
 */
import { isCalendarDate } from './calendar';
import { compareByRank } from './moves';
import { MAX_SUMMARY_LENGTH, checkName } from './product';
import type { BacklogItem, Release } from './workspace';

export interface ReleaseDraft {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  notes: string;
}

export type ReleaseField = keyof ReleaseDraft;

export type DraftCheck<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<F, string>> };

const versionKey = (version: string) => version.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Checks a release as typed. `otherVersions` are the product's other releases: two releases
 * called "2.0" would make the changelog ambiguous.
 */
export function checkReleaseDraft(
  draft: ReleaseDraft,
  otherVersions: readonly string[],
): DraftCheck<ReleaseDraft, ReleaseField> {
  const errors: Partial<Record<ReleaseField, string>> = {};
  const version = checkName(draft.version, 'release');
  if (!version.ok) {
    errors.version =
      draft.version.trim() === '' ? 'Give the release a version, like 2.1.' : version.message;
  } else if (otherVersions.some((other) => versionKey(other) === versionKey(version.value))) {
    errors.version = `This product already has a release ${version.value}.`;
  }
  const date = draft.date.trim();
  if (date === '') errors.date = 'Choose the day of the release.';
  else if (!isCalendarDate(date)) errors.date = 'Write the date as YYYY-MM-DD, a day that exists.';
  const notes = draft.notes.trim();
  if (notes.length > MAX_SUMMARY_LENGTH) {
    errors.notes = `The notes are too long; keep them to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`;
  }
  if (!version.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { version: version.value, date, notes } };
}

/**
 * "2.10" after "2.9": digit runs compare as numbers, the rest as plain text (not by locale,
 * so every machine sorts the same and the export stays byte-for-byte the same).
 */
export function compareVersions(a: string, b: string): number {
  const parts = (text: string) => text.toLowerCase().match(/\d+|\D+/g) ?? [];
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Newest first: by date, then by version on the same day, then by id for a stable order. */
export function compareReleasesNewestFirst(
  a: Pick<Release, 'id' | 'date' | 'version'>,
  b: Pick<Release, 'id' | 'date' | 'version'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const byVersion = compareVersions(b.version, a.version);
  if (byVersion !== 0) return byVersion;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const isShipped = (backlogItem: Pick<BacklogItem, 'status'>) =>
  backlogItem.status === 'shipped';

/** Shipped items in the order they shipped (undated last), then in backlog order. */
export function compareShipped(
  a: Pick<BacklogItem, 'id' | 'rank' | 'shippedOn'>,
  b: Pick<BacklogItem, 'id' | 'rank' | 'shippedOn'>,
): number {
  const da = a.shippedOn ?? '9999-99-99';
  const dbDay = b.shippedOn ?? '9999-99-99';
  if (da !== dbDay) return da < dbDay ? -1 : 1;
  return compareByRank(a, b);
}

export interface ChangelogGroups<F> {
  /** Each release's shipped items, by release id. */
  byRelease: Map<string, F[]>;
  /** Shipped items in no release (or in one that no longer exists). */
  unreleased: F[];
}

/** Sorts a product's shipped items into its releases. Items not shipped are left out. */
export function groupShipped<F extends BacklogItem>(
  backlogItems: readonly F[],
  releases: readonly Pick<Release, 'id'>[],
): ChangelogGroups<F> {
  const byRelease = new Map<string, F[]>(releases.map((r) => [r.id, []]));
  const unreleased: F[] = [];
  for (const backlogItem of [...backlogItems].filter(isShipped).sort(compareShipped)) {
    const list = backlogItem.releaseId === null ? undefined : byRelease.get(backlogItem.releaseId);
    if (list) list.push(backlogItem);
    else unreleased.push(backlogItem);
  }
  return { byRelease, unreleased };
}

/** The first line of a description that says something, for one-line summaries. */
export function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

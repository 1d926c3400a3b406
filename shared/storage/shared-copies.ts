/**
 * The copies of a plan shared through files: exported, imported or merged. A plan file names
 * the last one its writer shared (its `base`); a merge looks that up here to find the version
 * both sides started from. See docs/plan-file.md, "Merging".
 */

export interface SharedCopy {
  /** `${planId}:${fingerprint}` */
  id: string;
  planId: string;
  /** The plan's fingerprint as shared (../plan-file/fingerprint.ts). */
  fingerprint: string;
  /** The base the shared file itself named: written again when the plan is unchanged since. */
  base: string | null;
  /** ISO 8601: when it was last shared. */
  at: string;
}

/** The text of a shared copy, gzipped: kept for the newest few copies of each plan only. */
export interface SharedCopyText {
  /** The id of its SharedCopy. */
  id: string;
  planId: string;
  gzip: Uint8Array;
}

export const sharedCopyId = (planId: string, fingerprint: string) => `${planId}:${fingerprint}`;

/** How many copies' texts a plan keeps: the last few shared are the bases a merge needs. */
export const KEPT_SHARED_TEXTS = 2;
/** How many shared copies a plan remembers at all (without their texts, they are tiny). */
export const KEPT_SHARED_COPIES = 20;

/**
 * The base a file of the plan names when written: the last copy it shared, or, when the plan
 * has not changed since that copy, the base that copy named (so the same plan gives the same
 * bytes). `newest` is the last copy shared, or undefined.
 */
export function baseToWrite(newest: SharedCopy | undefined, fingerprint: string): string | null {
  if (!newest) return null;
  return newest.fingerprint === fingerprint ? newest.base : newest.fingerprint;
}

/**
 * Where to look for the version a file and this side both descend from, best first: the file
 * itself (a copy already shared here: nothing in it is news), then the copy it names, then
 * `known`, a copy the caller knows both descend from (a bound file's last version seen here).
 */
export function baseCandidates(
  incoming: { fingerprint: string; base: string | null },
  known: string | null = null,
): string[] {
  const candidates = [incoming.fingerprint, incoming.base, known];
  return candidates.filter((c, i): c is string => c !== null && candidates.indexOf(c) === i);
}

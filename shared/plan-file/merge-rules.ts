/**
 * The per-record rules of a merge (see ./merge.ts for the whole) for a record that one side
 * holds and the other deleted: does it stay, go, or is it a conflict the user settles? With
 * the common base known, "did the other side edit it?" is a question of fact; without it,
 * the times of the edit and of the deletion decide. Every rule gives the same survivor
 * whichever file is "ours", so merging in either order gives the same plan.
 */
import type { Deletion } from '../domain/product';
import { RECORD_NOUNS, type PlanRecord, type PlanTable } from '../records/registry';
import { conflictKey, type MergeChoices, type MergeSide } from './merge-fields';
import { reasons } from './merge-reasons';
import { sameJson } from './same-json';

export type DiffKind = 'added' | 'changed' | 'removed' | 'conflict';

export interface Held {
  table: PlanTable;
  record: PlanRecord;
}

/** A conflict between keeping a record and deleting it. */
export interface PresenceConflict {
  key: string;
  /** Whether the record is alive in our copy (they deleted it) or in theirs (we did). */
  aliveIn: MergeSide;
  chosen: MergeSide;
  byDefault: MergeSide;
}

export interface Presence {
  /** The side whose state wins: its record, or its deletion. */
  keep: MergeSide;
  kind: DiffKind | null;
  reason: string;
  conflict: PresenceConflict | null;
}

const time = (iso: string) => Date.parse(iso);

/**
 * A record alive on the `aliveIn` side only. `removal` is the other side's deletion record
 * (undefined when it has none), `before` the record in the base (null when the base lacks
 * it, undefined when there is no base).
 */
export function presenceOf(
  held: Held,
  aliveIn: MergeSide,
  removal: Deletion | undefined,
  before: PlanRecord | null | undefined,
  choices: MergeChoices,
): Presence {
  const ours = aliveIn === 'local';
  const other: MergeSide = ours ? 'incoming' : 'local';
  // In the base but gone from the other side: removed there, even without a deletion record.
  const removed = removal !== undefined || (before !== undefined && before !== null);
  if (!removed) {
    return ours
      ? { keep: 'local', kind: null, reason: '', conflict: null }
      : { keep: 'incoming', kind: 'added', reason: reasons.added(), conflict: null };
  }
  const { updatedAt } = held.record;
  const deletedAt = removal?.deletedAt;
  const editedSinceBase =
    before === undefined
      ? deletedAt === undefined || time(updatedAt) > time(deletedAt)
      : before === null || !sameJson(before, held.record);
  // The later of the edit and the deletion wins unless the user chooses.
  const byDefault: MergeSide =
    deletedAt === undefined || time(updatedAt) > time(deletedAt) ? aliveIn : other;
  if (before !== undefined && !editedSinceBase) {
    // The side that still has it never changed it: the deletion simply carries over.
    return ours
      ? { keep: 'incoming', kind: 'removed', reason: reasons.theyDeleted(), conflict: null }
      : { keep: 'local', kind: null, reason: '', conflict: null };
  }
  if (before === undefined && byDefault === other) {
    // No base: the deletion came after the last edit, so by the clock nothing is lost.
    return ours
      ? {
          keep: 'incoming',
          kind: 'removed',
          reason: reasons.theyDeletedAfterYourEdit(deletedAt as string, updatedAt),
          conflict: null,
        }
      : {
          keep: 'local',
          kind: 'conflict',
          reason: reasons.youDeletedAfterTheirEdit(deletedAt as string, updatedAt),
          conflict: presence(held, aliveIn, choices, byDefault),
        };
  }
  const conflict = presence(held, aliveIn, choices, byDefault);
  const reason = ours
    ? reasons.theyDeletedWhatYouEdited(deletedAt, updatedAt)
    : reasons.youDeletedWhatTheyEdited(deletedAt, updatedAt);
  return { keep: conflict.chosen, kind: 'conflict', reason, conflict };
}

function presence(
  held: Held,
  aliveIn: MergeSide,
  choices: MergeChoices,
  byDefault: MergeSide,
): PresenceConflict {
  const key = conflictKey(held.table, held.record.id);
  return { key, aliveIn, chosen: choices[key] ?? byDefault, byDefault };
}

export function deletionsById(deletions: readonly Deletion[]): Map<string, Deletion> {
  return new Map(deletions.map((deletion) => [deletion.id, deletion]));
}

/** The later of two deletions of one id; equal times settled by their text. */
export function laterDeletion(a: Deletion, b: Deletion): Deletion {
  const ta = time(a.deletedAt);
  const tb = time(b.deletedAt);
  if (ta !== tb) return ta > tb ? a : b;
  return JSON.stringify([a.deletedAt, a.table]) >= JSON.stringify([b.deletedAt, b.table]) ? a : b;
}

/** Why a record whose owner (its product, a value's KPI) did not survive is left out. */
export function orphanReason(wasOurs: boolean, ownerTable: PlanTable): string {
  const owner = RECORD_NOUNS[ownerTable];
  return wasOurs ? reasons.ownerGone(owner) : reasons.ownerGoneHere(owner);
}

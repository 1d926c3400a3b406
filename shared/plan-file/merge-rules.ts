/**
 * The per-record rules of a merge (see ./merge.ts for the whole): which side's copy of one
 * record survives, and the preview entry that says why. Every rule gives the same survivor
 * whichever file is "ours", so merging in either order gives the same plan.
 */
import { PLAN_TABLES, type Deletion, type PlanTable } from '../domain/product';
import { reasons } from './merge-reasons';
import { recordLabel } from '../domain/tables';
import { RECORD_NOUNS } from './integrity';
import { COPY_RECORD, copyDeletion, copyPlan } from './serialize';
import type { PlanFile } from './types';

export type DiffKind = 'added' | 'changed' | 'removed' | 'conflict';
export type MergeSide = 'local' | 'incoming';

export interface RecordDiff {
  table: PlanTable | 'plan';
  id: string;
  /** What the record is called: a product's name, a milestone's title (see recordLabel). */
  label: string;
  kind: DiffKind;
  winner: MergeSide;
  reason: string;
}

export type TableRecord = PlanFile[PlanTable][number];

export interface Held {
  table: PlanTable;
  record: TableRecord;
}

const time = (iso: string) => Date.parse(iso);

/** The record as it would be written: the basis for "equal" and for breaking ties. */
function canonical(table: PlanTable | 'plan', record: TableRecord | PlanFile['plan']): string {
  if (table === 'plan') return JSON.stringify(copyPlan(record as PlanFile['plan']));
  const copy = COPY_RECORD[table] as (r: TableRecord) => TableRecord;
  return JSON.stringify(copy(record as TableRecord));
}

/**
 * Deep equality of JSON data, without serialising: most records of two copies of a plan are
 * the same, and this is the hot path of a merge of tens of thousands of records.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameJson(recordA[key], recordB[key]));
}

export function labelOf(record: TableRecord | PlanFile['plan']): string {
  return recordLabel(record);
}

export function index(file: PlanFile): Map<string, Held> {
  const held = new Map<string, Held>();
  for (const table of PLAN_TABLES) {
    for (const record of file[table]) held.set(record.id, { table, record });
  }
  return held;
}

export type Pick = {
  keep: MergeSide | null;
  diff: Omit<RecordDiff, 'table' | 'id' | 'label'> | null;
};

/** Both sides hold the record: newer edit wins, ties by canonical JSON. */
export function pickBetween<T extends { updatedAt: string }>(
  table: PlanTable | 'plan',
  local: T,
  incoming: T,
): Pick {
  if (sameJson(local, incoming)) return { keep: 'local', diff: null };
  const tLocal = time(local.updatedAt);
  const tIncoming = time(incoming.updatedAt);
  if (tIncoming > tLocal) {
    const reason = reasons.theirsNewer(incoming.updatedAt, local.updatedAt);
    return { keep: 'incoming', diff: { kind: 'changed', winner: 'incoming', reason } };
  }
  if (tLocal > tIncoming) {
    const reason = reasons.yoursNewer(local.updatedAt, incoming.updatedAt);
    return { keep: 'local', diff: { kind: 'conflict', winner: 'local', reason } };
  }
  const ours = canonical(table, local as never);
  const theirs = canonical(table, incoming as never);
  if (ours === theirs) return { keep: 'local', diff: null };
  const winner: MergeSide = theirs > ours ? 'incoming' : 'local';
  return {
    keep: winner,
    diff: { kind: 'conflict', winner, reason: reasons.sameMoment(local.updatedAt) },
  };
}

/** One side holds the record; the other may have deleted it. */
export function pickAgainstDeletion(
  held: Held,
  side: MergeSide,
  deletion: Deletion | undefined,
): Pick {
  const { updatedAt } = held.record;
  const deletedAfterEdit = deletion !== undefined && time(deletion.deletedAt) >= time(updatedAt);
  if (side === 'local') {
    if (!deletion) return { keep: 'local', diff: null };
    return deletedAfterEdit
      ? {
          keep: null,
          diff: {
            kind: 'removed',
            winner: 'incoming',
            reason: reasons.theyDeleted(deletion.deletedAt, updatedAt),
          },
        }
      : {
          keep: 'local',
          diff: {
            kind: 'conflict',
            winner: 'local',
            reason: reasons.theyDeletedBeforeYourEdit(deletion.deletedAt, updatedAt),
          },
        };
  }
  if (!deletion) {
    return {
      keep: 'incoming',
      diff: { kind: 'added', winner: 'incoming', reason: reasons.added() },
    };
  }
  return deletedAfterEdit
    ? {
        keep: null,
        diff: {
          kind: 'conflict',
          winner: 'local',
          reason: reasons.youDeleted(deletion.deletedAt, updatedAt),
        },
      }
    : {
        keep: 'incoming',
        diff: {
          kind: 'conflict',
          winner: 'incoming',
          reason: reasons.youDeletedBeforeTheirEdit(deletion.deletedAt, updatedAt),
        },
      };
}

export function deletionsById(file: PlanFile): Map<string, Deletion> {
  return new Map(file.deletions.map((deletion) => [deletion.id, deletion]));
}

/** The later of two deletions of one id; equal times settled by canonical JSON. */
export function laterDeletion(a: Deletion, b: Deletion): Deletion {
  const ta = time(a.deletedAt);
  const tb = time(b.deletedAt);
  if (ta !== tb) return ta > tb ? a : b;
  return JSON.stringify(copyDeletion(a)) >= JSON.stringify(copyDeletion(b)) ? a : b;
}

export function otherKindPick(): Pick {
  return {
    keep: 'local',
    diff: { kind: 'conflict', winner: 'local', reason: reasons.otherKind() },
  };
}

/** A record whose owner (`ownerTable`: its product, or a value's KPI) did not survive. */
export function orphanPick(wasOurs: boolean, ownerTable: PlanTable): Pick {
  const owner = RECORD_NOUNS[ownerTable];
  return wasOurs
    ? {
        keep: null,
        diff: { kind: 'removed', winner: 'incoming', reason: reasons.ownerGone(owner) },
      }
    : {
        keep: null,
        diff: { kind: 'conflict', winner: 'local', reason: reasons.ownerGoneHere(owner) },
      };
}

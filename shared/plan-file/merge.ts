/**
 * Merging a colleague's copy of a plan into ours, record by record, with a preview of every
 * difference. The rules (docs/plan-file.md, "Merging"):
 *
 * - Records are matched by id. One side only: it is kept, unless the other side deleted it
 *   at or after its last edit. Both sides, different: the newer `updatedAt` wins.
 * - An equal `updatedAt` with different content is settled by comparing the records'
 *   canonical JSON, so merge(a, b) and merge(b, a) give the same plan; every rule here is
 *   symmetric in that way, which is what lets two PMs merge each other's files in either
 *   order and end up with the same bytes.
 * - A record whose owner ends up deleted (a checklist item's product, a KPI value's KPI) goes
 *   too and is recorded as deleted; a link to a record that ends up deleted (feedback to a
 *   backlog item, a product to a persona) is cleared. So the result always passes the same
 *   integrity checks as an imported file.
 * - Deletions: the union, keeping the latest per id, minus ids that are alive in the result.
 *
 * Whenever our side wins over a real edit of theirs, the entry is a conflict: the preview
 * must show what of the colleague's work will not be taken.
 */
import { PLAN_TABLES, type Deletion, type PlanTable } from '../domain/product';
import { REFERENCES } from '../domain/tables';
import {
  deletionsById,
  index,
  labelOf,
  laterDeletion,
  orphanPick,
  otherKindPick,
  pickAgainstDeletion,
  pickBetween,
  type DiffKind,
  type Held,
  type Pick,
  type RecordDiff,
  type TableRecord,
} from './merge-rules';
import { buildPlanFile } from './serialize';
import type { PlanFile, PlanFileProblem } from './types';

export type { DiffKind, MergeSide, RecordDiff } from './merge-rules';

export interface PlanMerge {
  result: PlanFile;
  diff: RecordDiff[];
  counts: { added: number; changed: number; removed: number; conflicts: number };
}

const KIND_ORDER: readonly DiffKind[] = ['conflict', 'added', 'changed', 'removed'];
const TABLE_ORDER: readonly RecordDiff['table'][] = ['plan', ...PLAN_TABLES];
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareDiffs(a: RecordDiff, b: RecordDiff): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table) ||
    compareText(a.label, b.label) ||
    compareText(a.id, b.id)
  );
}

/** Why two files cannot be merged, or null when they can. */
export function mergeProblem(local: PlanFile, incoming: PlanFile): PlanFileProblem | null {
  if (local.plan.id === incoming.plan.id) return null;
  return {
    message: `These are different plans ("${local.plan.name}" and "${incoming.plan.name}"); only copies of the same plan can be merged. Import it as a new plan instead.`,
  };
}

export type PlanMergeResult =
  { ok: true; merge: PlanMerge } | { ok: false; problem: PlanFileProblem };

/** The merge, or a problem when the files are not copies of one plan. */
export function tryMergePlanFiles(local: PlanFile, incoming: PlanFile): PlanMergeResult {
  const problem = mergeProblem(local, incoming);
  return problem ? { ok: false, problem } : { ok: true, merge: mergePlanFiles(local, incoming) };
}

/**
 * Merges `incoming` (their file) into `local` (ours). Both must be the same plan: callers
 * look the local copy up by the incoming plan's id; use tryMergePlanFiles otherwise.
 */
export function mergePlanFiles(local: PlanFile, incoming: PlanFile): PlanMerge {
  const problem = mergeProblem(local, incoming);
  if (problem) throw new Error(problem.message);

  const diff: RecordDiff[] = [];
  const note = (table: RecordDiff['table'], id: string, label: string, pick: Pick) => {
    if (pick.diff) diff.push({ table, id, label, ...pick.diff });
  };

  const planPick = pickBetween('plan', local.plan, incoming.plan);
  const plan = planPick.keep === 'incoming' ? incoming.plan : local.plan;
  note('plan', plan.id, plan.name, planPick);

  const ours = index(local);
  const theirs = index(incoming);
  const ourDeletions = deletionsById(local);
  const theirDeletions = deletionsById(incoming);
  const deletionOf = (map: Map<string, Deletion>, held: Held) => {
    const deletion = map.get(held.record.id);
    return deletion && deletion.table === held.table ? deletion : undefined;
  };

  const kept = new Map<PlanTable, TableRecord[]>(PLAN_TABLES.map((table) => [table, []]));
  const keptIds = new Map<PlanTable, Set<string>>(PLAN_TABLES.map((table) => [table, new Set()]));
  /** The first required owner of the record (its product, a value's KPI) that did not survive. */
  const lostOwner = (table: PlanTable, record: TableRecord) => {
    for (const ref of REFERENCES) {
      if (ref.table !== table || !ref.required) continue;
      const target = (record as unknown as Record<string, string>)[ref.field] as string;
      if (!keptIds.get(ref.target)?.has(target)) return { id: target, table: ref.target };
    }
    return null;
  };
  const deletions = new Map<string, Deletion>();
  for (const source of [ourDeletions, theirDeletions]) {
    for (const deletion of source.values()) {
      const before = deletions.get(deletion.id);
      deletions.set(deletion.id, before ? laterDeletion(before, deletion) : deletion);
    }
  }

  // Products first, so the children's check for a surviving product can use the result.
  for (const table of PLAN_TABLES) {
    for (const id of idsIn(table, ours, theirs)) {
      const mine = ours.get(id);
      const other = theirs.get(id);
      let pick: Pick;
      if (mine && other && mine.table !== other.table) pick = otherKindPick();
      else if (mine && other) pick = pickBetween(table, mine.record, other.record);
      else if (mine) pick = pickAgainstDeletion(mine, 'local', deletionOf(theirDeletions, mine));
      else if (other)
        pick = pickAgainstDeletion(other, 'incoming', deletionOf(ourDeletions, other));
      else continue;
      const winner = pick.keep === 'local' ? mine : pick.keep === 'incoming' ? other : undefined;
      const label = labelOf(((winner ?? mine ?? other) as Held).record);
      const owner = winner ? lostOwner(table, winner.record) : null;
      if (winner && owner !== null) {
        // Its owner lost to a deletion: it goes too, and is recorded as deleted with it.
        note(table, id, label, orphanPick(mine !== undefined, owner.table));
        const ownerDeletion = deletions.get(owner.id);
        const orphan: Deletion = {
          id,
          planId: plan.id,
          table,
          deletedAt: ownerDeletion?.deletedAt ?? winner.record.updatedAt,
        };
        const before = deletions.get(id);
        deletions.set(id, before ? laterDeletion(before, orphan) : orphan);
        continue;
      }
      note(table, id, label, pick);
      if (!winner) continue;
      kept.get(table)?.push(winner.record);
      keptIds.get(table)?.add(id);
    }
  }

  const alive = new Set<string>([plan.id]);
  for (const records of kept.values()) for (const record of records) alive.add(record.id);
  const tables = Object.fromEntries(
    PLAN_TABLES.map((table) => [table, clearLostLinks(table, kept.get(table) ?? [], keptIds)]),
  );
  const result = buildPlanFile({
    plan,
    ...tables,
    deletions: [...deletions.values()].filter((deletion) => !alive.has(deletion.id)),
  });
  diff.sort(compareDiffs);
  return { result, diff, counts: countDiffs(diff) };
}

/** Copies of the records whose optional links point at records that did not survive. */
function clearLostLinks(
  table: PlanTable,
  records: TableRecord[],
  keptIds: Map<PlanTable, Set<string>>,
): TableRecord[] {
  const refs = REFERENCES.filter((ref) => ref.table === table && !ref.required);
  if (refs.length === 0) return records;
  return records.map((record) => {
    let repaired: Record<string, unknown> | null = null;
    for (const ref of refs) {
      const alive = keptIds.get(ref.target) ?? new Set<string>();
      const value = (record as unknown as Record<string, unknown>)[ref.field];
      if (ref.list) {
        const list = value as string[];
        if (list.every((target) => alive.has(target))) continue;
        repaired ??= { ...record };
        repaired[ref.field] = list.filter((target) => alive.has(target));
      } else if (typeof value === 'string' && !alive.has(value)) {
        repaired ??= { ...record };
        repaired[ref.field] = null;
      }
    }
    return (repaired ?? record) as TableRecord;
  });
}

/** Ids whose record belongs in `table`; an id held in different tables counts as ours. */
function idsIn(table: PlanTable, ours: Map<string, Held>, theirs: Map<string, Held>): Set<string> {
  const ids = new Set<string>();
  for (const [id, held] of ours) if (held.table === table) ids.add(id);
  for (const [id, held] of theirs) {
    if (held.table === table && (ours.get(id)?.table ?? table) === table) ids.add(id);
  }
  return ids;
}

function countDiffs(diff: readonly RecordDiff[]): PlanMerge['counts'] {
  const count = (kind: DiffKind) => diff.filter((entry) => entry.kind === kind).length;
  return {
    added: count('added'),
    changed: count('changed'),
    removed: count('removed'),
    conflicts: count('conflict'),
  };
}

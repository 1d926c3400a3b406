/**
 * Merging a colleague's copy of a plan into ours, with a preview of every difference. The
 * rules (docs/plan-file.md, "Merging"):
 *
 * - Records are matched by id. Both sides hold one and they differ: it merges field by field
 *   against the common base (./merge-fields.ts), so edits of different fields both survive
 *   and a field both changed is a conflict the user settles, defaulting to the newer edit.
 * - One side holds a record the other deleted: the deletion carries over unless the record
 *   was edited since, which is a conflict (./merge-rules.ts).
 * - A record whose owner ends up deleted (a checklist item's product, a KPI value's KPI) goes
 *   too and is recorded as deleted; a link to a record that ends up deleted is cleared. So
 *   the result always passes the same checks as an imported file.
 * - Deletions: the union, keeping the latest per id, minus ids alive in the result.
 *
 * Every default is symmetric: merge(a, b) and merge(b, a) give the same bytes, which is what
 * lets two PMs merge each other's files in either order and end up with the same plan.
 */
import type { Deletion } from '../domain/product';
import {
  describeRecord,
  fieldLabel,
  PLAN_TABLES,
  REFERENCES,
  type PlanRecord,
  type PlanTable,
} from '../records/registry';
import { mergeFields, type FieldConflict, type MergeChoices, type MergeSide } from './merge-fields';
import { reasons } from './merge-reasons';
import {
  deletionsById,
  laterDeletion,
  orphanReason,
  presenceOf,
  type DiffKind,
  type Held,
  type PresenceConflict,
} from './merge-rules';
import { showValue, type LinkNamer } from './merge-values';
import { sameJson } from './same-json';
import { copyRecord } from '../records/copy';
import { buildPlanFile, compareIds } from './serialize';
import type { PlanFile, PlanFileProblem } from './types';

export type { DiffKind } from './merge-rules';
export type { MergeChoices, MergeSide } from './merge-fields';

/** A field both sides changed, as the preview shows it. */
export interface FieldChoice {
  key: string;
  label: string;
  local: string;
  incoming: string;
  chosen: MergeSide;
  byDefault: MergeSide;
}

export interface RecordDiff {
  table: PlanTable | 'plan';
  id: string;
  /** What the record is called: a product's name, a milestone's title. */
  label: string;
  kind: DiffKind;
  reason: string;
  /** For a change: the fields taken from their file. */
  taken: string[];
  /** For a conflict of values: each field both sides changed. */
  fields: FieldChoice[];
  /** For a conflict between keeping the record and deleting it. */
  presence: PresenceConflict | null;
}

export interface PlanMerge {
  result: PlanFile;
  diff: RecordDiff[];
  counts: { added: number; changed: number; removed: number; conflicts: number };
}

export interface MergeOptions {
  /** The version both copies started from, when known: it tells who changed what. */
  base?: PlanFile | null;
  /** The user's decision for each conflict; the rest take their default. */
  choices?: MergeChoices;
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
export function tryMergePlanFiles(
  local: PlanFile,
  incoming: PlanFile,
  options: MergeOptions = {},
): PlanMergeResult {
  const problem = mergeProblem(local, incoming);
  return problem
    ? { ok: false, problem }
    : { ok: true, merge: mergePlanFiles(local, incoming, options) };
}

function index(file: PlanFile): Map<string, Held> {
  const held = new Map<string, Held>();
  for (const table of PLAN_TABLES) {
    for (const record of file[table]) held.set(record.id, { table, record });
  }
  return held;
}

/**
 * For each table, the ids whose record belongs in it, ours first; an id held in different
 * tables counts as ours. Two passes over the records, not two per table: at half a million
 * records, walking every record once per kind took seconds and hundreds of MB of garbage.
 */
function idsByTable(ours: Map<string, Held>, theirs: Map<string, Held>) {
  const ids = new Map<PlanTable, Set<string>>(PLAN_TABLES.map((table) => [table, new Set()]));
  // forEach, not for…of: no [key, value] pair is made per record.
  ours.forEach((held, id) => ids.get(held.table)?.add(id));
  theirs.forEach((held, id) => {
    if ((ours.get(id)?.table ?? held.table) === held.table) ids.get(held.table)?.add(id);
  });
  return ids;
}

/**
 * Merges `incoming` (their file) into `local` (ours). Both must be the same plan: callers
 * look the local copy up by the incoming plan's id; use tryMergePlanFiles otherwise.
 */
export function mergePlanFiles(
  local: PlanFile,
  incoming: PlanFile,
  { base = null, choices = {} }: MergeOptions = {},
): PlanMerge {
  const problem = mergeProblem(local, incoming);
  if (problem) throw new Error(problem.message);
  const usableBase = base && base.plan.id === local.plan.id ? base : null;

  const ours = index(local);
  const theirs = index(incoming);
  const before = usableBase ? index(usableBase) : null;
  const nameOf: LinkNamer = (id) => {
    const held = ours.get(id) ?? theirs.get(id);
    return held ? describeRecord(held.table, held.record) : null;
  };
  const diff: RecordDiff[] = [];
  const note = (entry: Omit<RecordDiff, 'taken' | 'fields' | 'presence'> & Partial<RecordDiff>) =>
    diff.push({ taken: [], fields: [], presence: null, ...entry });

  const planMerge = sameJson(local.plan, incoming.plan)
    ? null
    : mergeFields('plan', local.plan, incoming.plan, usableBase?.plan ?? null, choices);
  const plan = planMerge?.record ?? local.plan;
  if (planMerge) notePair('plan', plan.id, plan.name, planMerge, local.plan, usableBase?.plan);

  const ourDeletions = deletionsById(local.deletions);
  const theirDeletions = deletionsById(incoming.deletions);
  const deletionOf = (map: Map<string, Deletion>, held: Held) => {
    const deletion = map.get(held.record.id);
    return deletion && deletion.table === held.table ? deletion : undefined;
  };
  const baseOf = (held: Held): PlanRecord | null | undefined => {
    if (!before) return undefined;
    const found = before.get(held.record.id);
    return found && found.table === held.table ? found.record : null;
  };

  const kept = new Map<PlanTable, PlanRecord[]>(PLAN_TABLES.map((table) => [table, []]));
  const keptIds = new Map<PlanTable, Set<string>>(PLAN_TABLES.map((table) => [table, new Set()]));
  /** The first required owner of the record (its product, a value's KPI) that did not survive. */
  const lostOwner = (table: PlanTable, record: PlanRecord) => {
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
      const earlier = deletions.get(deletion.id);
      deletions.set(deletion.id, earlier ? laterDeletion(earlier, deletion) : deletion);
    }
  }

  function notePair(
    table: PlanTable | 'plan',
    id: string,
    label: string,
    merged: ReturnType<typeof mergeFields>,
    mine: object,
    start: object | null | undefined,
  ) {
    const labels = (units: readonly (readonly string[])[]) =>
      units.map((unit) => fieldLabelOf(table, unit[0] as string));
    if (merged.conflicts.length > 0) {
      const fields = merged.conflicts.map((c) => fieldChoice(table, c, nameOf));
      const names = fields.map((f) => f.label);
      const reason = start ? reasons.bothChanged(names) : reasons.differWithoutBase(names);
      note({ table, id, label, kind: 'conflict', reason, fields, taken: labels(merged.taken) });
    } else if (merged.taken.length > 0) {
      const yours = start ? changedFrom(table, mine, start) : [];
      const taken = labels(merged.taken);
      const reason = reasons.theyChanged(
        taken,
        yours.filter((f) => !taken.includes(f)),
      );
      note({ table, id, label, kind: 'changed', reason, taken });
    }
  }

  // Products first, so the children's check for a surviving product can use the result.
  const idsOf = idsByTable(ours, theirs);
  for (const table of PLAN_TABLES) {
    for (const id of idsOf.get(table) ?? []) {
      const mine = ours.get(id);
      const other = theirs.get(id);
      const notedFrom = diff.length;
      let record: PlanRecord | null = null;
      if (mine && other && mine.table !== other.table) {
        record = mine.record;
        const label = describeRecord(mine.table, mine.record);
        note({ table, id, label, kind: 'conflict', reason: reasons.otherKind() });
      } else if (mine && other) {
        if (sameJson(mine.record, other.record)) record = mine.record;
        else {
          const start = baseOf(mine);
          const merged = mergeFields(table, mine.record, other.record, start ?? null, choices);
          record = merged.record && copyRecord(table, merged.record);
          notePair(table, id, describeRecord(table, record), merged, mine.record, start);
        }
      } else if (mine || other) {
        const held = (mine ?? other) as Held;
        const aliveIn: MergeSide = mine ? 'local' : 'incoming';
        const removal = deletionOf(mine ? theirDeletions : ourDeletions, held);
        const outcome = presenceOf(held, aliveIn, removal, baseOf(held), choices);
        if (outcome.keep === aliveIn) record = held.record;
        if (outcome.kind) {
          note({
            table,
            id,
            label: describeRecord(table, held.record),
            kind: outcome.kind,
            reason: outcome.reason,
            presence: outcome.conflict,
          });
        }
        if (!record && !deletions.has(id)) {
          // Removed from the other side without a deletion record: record it now.
          const at = removal?.deletedAt ?? held.record.updatedAt;
          deletions.set(id, { id, planId: plan.id, table, deletedAt: at });
        }
      }
      if (!record) continue;
      const owner = lostOwner(table, record);
      if (owner !== null) {
        // Its owner lost to a deletion: it goes too, and is recorded as deleted with it.
        const label = describeRecord(table, record);
        const wasOurs = mine !== undefined;
        const kind: DiffKind = wasOurs ? 'removed' : 'conflict';
        diff.length = notedFrom;
        note({ table, id, label, kind, reason: orphanReason(wasOurs, owner.table) });
        const orphan: Deletion = {
          id,
          planId: plan.id,
          table,
          deletedAt: deletions.get(owner.id)?.deletedAt ?? record.updatedAt,
        };
        const earlier = deletions.get(id);
        deletions.set(id, earlier ? laterDeletion(earlier, orphan) : orphan);
        continue;
      }
      kept.get(table)?.push(record);
      keptIds.get(table)?.add(id);
    }
  }

  const alive = new Set<string>([plan.id]);
  for (const records of kept.values()) for (const record of records) alive.add(record.id);
  // Records are the files' own, or copies made above in the file's shape: the result holds
  // them as they are rather than a second copy of the whole plan (at L, 250 MB).
  const tables = Object.fromEntries(
    PLAN_TABLES.map((table) => {
      const records = clearLostLinks(table, kept.get(table) ?? [], keptIds);
      return [table, records.sort(compareIds)];
    }),
  );
  const deleted = [...deletions.values()].filter((deletion) => !alive.has(deletion.id));
  const result = buildPlanFile({ plan, ...tables, deletions: deleted }, { canonical: true });
  diff.sort(compareDiffs);
  return { result, diff, counts: countDiffs(diff) };
}

function fieldLabelOf(table: PlanTable | 'plan', field: string): string {
  return table === 'plan' ? 'Name' : fieldLabel(table, field);
}

function fieldChoice(table: PlanTable | 'plan', c: FieldConflict, nameOf: LinkNamer): FieldChoice {
  return {
    key: c.key,
    label: fieldLabelOf(table, c.fields[0] as string),
    local: showValue(table, c.fields, c.local, nameOf),
    incoming: showValue(table, c.fields, c.incoming, nameOf),
    chosen: c.chosen,
    byDefault: c.byDefault,
  };
}

/** The labels of the fields `record` changed since `start`. */
function changedFrom(table: PlanTable | 'plan', record: object, start: object): string[] {
  const now = record as Record<string, unknown>;
  const then = start as Record<string, unknown>;
  return Object.keys(now)
    .filter((field) => !['id', 'planId', 'createdAt', 'updatedAt'].includes(field))
    .filter((field) => !sameJson(now[field], then[field]))
    .map((field) => fieldLabelOf(table, field))
    .filter((label, i, all) => all.indexOf(label) === i);
}

/** Copies of the records whose optional links point at records that did not survive. */
function clearLostLinks(
  table: PlanTable,
  records: PlanRecord[],
  keptIds: Map<PlanTable, Set<string>>,
): PlanRecord[] {
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
    return repaired ? copyRecord(table, repaired as unknown as PlanRecord) : record;
  });
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

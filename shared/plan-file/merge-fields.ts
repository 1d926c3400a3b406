/**
 * Merging two versions of one record field by field, against the version both started from
 * (the base) when it is known. A field only one side changed takes that side's value, so
 * edits of different fields both survive; a field both changed, to different values, is a
 * conflict the user settles. Without a base nobody can tell who changed a field that differs,
 * so every such field is a conflict. A conflict's default is the newer edit (ties settled by
 * the values themselves), so merging in either order gives the same record.
 */
import { kindOf, type PlanTable } from '../records/registry';
import type { Plan } from '../domain/product';
import { sameJson } from './same-json';

export type MergeSide = 'local' | 'incoming';

/** What the user chose for each conflict, by its key (see conflictKey). */
export type MergeChoices = Readonly<Record<string, MergeSide>>;

/** One unit of a record both sides changed: a field, or fields that merge together. */
export interface FieldConflict {
  /** Where a choice for this conflict is recorded. */
  key: string;
  /** The unit's fields, the first naming it. */
  fields: readonly string[];
  local: unknown;
  incoming: unknown;
  /** The side whose value the merge takes: the user's choice, else the default. */
  chosen: MergeSide;
  /** The side taken when the user does not choose. */
  byDefault: MergeSide;
}

export interface FieldMerge<T> {
  record: T;
  /** Units whose value comes from their side, unopposed. */
  taken: string[][];
  conflicts: FieldConflict[];
}

type Stamped = { id: string; createdAt: string; updatedAt: string };
type Table = PlanTable | 'plan';

export const conflictKey = (table: Table, id: string, field?: string) =>
  field === undefined ? `${table}:${id}` : `${table}:${id}:${field}`;

const BOOKKEEPING = new Set(['id', 'planId', 'createdAt', 'updatedAt']);

/** The units a table's records merge in: each merge group, then every other field alone. */
function unitsOf(table: Table): { units: string[][]; sets: Set<string> } {
  if (table === 'plan') return { units: [['name']], sets: new Set() };
  const kind = kindOf(table);
  const grouped = (kind.mergeGroups ?? []).map((group) => [...group] as string[]);
  const inGroup = new Set(grouped.flat());
  const single = Object.keys(kind.schema.entries)
    .filter((field) => !BOOKKEEPING.has(field) && !inGroup.has(field))
    .map((field) => [field]);
  const sets = new Set(kind.links.filter((link) => link.list).map((link) => link.field));
  return { units: [...grouped, ...single], sets };
}

const unitCache = new Map<Table, ReturnType<typeof unitsOf>>();
function units(table: Table) {
  let found = unitCache.get(table);
  if (!found) unitCache.set(table, (found = unitsOf(table)));
  return found;
}

const time = (iso: string) => Date.parse(iso);

function valuesOf(record: object, unit: readonly string[]): unknown {
  const source = record as Record<string, unknown>;
  return unit.length === 1 ? source[unit[0] as string] : unit.map((field) => source[field]);
}

function assign(target: Record<string, unknown>, unit: readonly string[], value: unknown): void {
  if (unit.length === 1) target[unit[0] as string] = value;
  else unit.forEach((field, i) => (target[field] = (value as unknown[])[i]));
}

/** Both sides' changes to a set of ids against the base: additions and removals of each. */
function mergeSets(base: unknown, local: unknown, incoming: unknown): string[] {
  const start = new Set(base as string[]);
  const ours = new Set(local as string[]);
  const theirs = new Set(incoming as string[]);
  const result = new Set<string>();
  for (const id of [...ours, ...theirs]) {
    const removed = start.has(id) && (!ours.has(id) || !theirs.has(id));
    if (!removed) result.add(id);
  }
  return [...result].sort();
}

/**
 * The side a conflict goes to when nobody chooses: the newer edit, else the larger value
 * as JSON, so that both orders of merging agree.
 */
function defaultSide(local: Stamped, incoming: Stamped, lv: unknown, iv: unknown): MergeSide {
  const tl = time(local.updatedAt);
  const ti = time(incoming.updatedAt);
  if (tl !== ti) return ti > tl ? 'incoming' : 'local';
  return JSON.stringify(iv) > JSON.stringify(lv) ? 'incoming' : 'local';
}

/** One of two timestamps, the same whichever is given first (equal instants: by text). */
function pickStamp(a: string, b: string, which: 'later' | 'earlier'): string {
  const ta = time(a);
  const tb = time(b);
  if (ta === tb) return a >= b ? a : b;
  return ta > tb === (which === 'later') ? a : b;
}

/**
 * Merges `local` and `incoming`, two different versions of one record, against `base` (null
 * when unknown). The result carries the later `updatedAt` and the earlier `createdAt`.
 */
export function mergeFields<T extends Stamped | Plan>(
  table: Table,
  local: T,
  incoming: T,
  base: T | null,
  choices: MergeChoices = {},
): FieldMerge<T> {
  const { units: list, sets } = units(table);
  const record: Record<string, unknown> = { ...local };
  const taken: string[][] = [];
  const conflicts: FieldConflict[] = [];
  for (const unit of list) {
    const lv = valuesOf(local, unit);
    const iv = valuesOf(incoming, unit);
    if (sameJson(lv, iv)) continue;
    const bv = base === null ? undefined : valuesOf(base, unit);
    if (base !== null && sameJson(lv, bv)) {
      assign(record, unit, iv);
      taken.push(unit);
      continue;
    }
    if (base !== null && sameJson(iv, bv)) continue;
    if (base !== null && unit.length === 1 && sets.has(unit[0] as string)) {
      const merged = mergeSets(bv, lv, iv);
      assign(record, unit, merged);
      if (!sameJson(merged, lv)) taken.push(unit);
      continue;
    }
    const key = conflictKey(table, local.id, unit[0]);
    const byDefault = defaultSide(local, incoming, lv, iv);
    const chosen = choices[key] ?? byDefault;
    if (chosen === 'incoming') assign(record, unit, iv);
    conflicts.push({ key, fields: unit, local: lv, incoming: iv, chosen, byDefault });
  }
  record.updatedAt = pickStamp(local.updatedAt, incoming.updatedAt, 'later');
  record.createdAt = pickStamp(local.createdAt, incoming.createdAt, 'earlier');
  return { record: record as T, taken, conflicts };
}

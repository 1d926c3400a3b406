/**
 * Copies of records in the shape the plan file writes them: keys in schema order, fields the
 * schema does not define dropped (extra columns of a database row), and sets of links sorted
 * so the order they were made in never shows in a diff. The copy functions are compiled once
 * from each kind's schema, so a field added to a schema is written with no further code.
 */
import type * as v from 'valibot';
import type { Deletion, Plan } from '../domain/product';
import type { RecordKind } from './kind';
import { kindOf, PLAN_TABLES, type PlanRecords, type PlanTable } from './registry';

type Copier = (value: unknown) => unknown;

interface SchemaNode {
  type: string;
  entries?: v.ObjectEntries;
  item?: v.GenericSchema;
  wrapped?: v.GenericSchema;
}

const keep: Copier = (value) => value;

/** A copier for values of `schema`: objects rebuilt key by key, lists item by item. */
export function compileCopier(
  schema: v.GenericSchema,
  sortedFields: ReadonlySet<string> = new Set(),
): Copier {
  const node = schema as unknown as SchemaNode;
  if ((node.type === 'strict_object' || node.type === 'object') && node.entries) {
    const fields = Object.entries(node.entries).map(([key, entry]): [string, Copier] => {
      const inner = compileCopier(entry);
      return [key, sortedFields.has(key) ? sortedList(inner) : inner];
    });
    return (value) => {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, copy] of fields) out[key] = copy(source[key]);
      return out;
    };
  }
  if (node.type === 'array' && node.item) {
    const item = compileCopier(node.item);
    return (value) => (Array.isArray(value) ? value.map(item) : value);
  }
  if ((node.type === 'nullable' || node.type === 'optional') && node.wrapped) {
    const inner = compileCopier(node.wrapped);
    return (value) => (value === null || value === undefined ? value : inner(value));
  }
  return keep;
}

/** Lists of ids are sets: plain code-unit order, the same on every machine and locale. */
function sortedList(copy: Copier): Copier {
  return (value) => {
    const list = copy(value);
    return Array.isArray(list) ? [...(list as string[])].sort() : list;
  };
}

function copierOf(kind: RecordKind): Copier {
  const sets = new Set(kind.links.filter((link) => link.list).map((link) => link.field));
  return compileCopier(kind.schema, sets);
}

export const COPY_RECORD = Object.fromEntries(
  PLAN_TABLES.map((table) => [table, copierOf(kindOf(table))]),
) as { [T in PlanTable]: (record: PlanRecords[T]) => PlanRecords[T] };

export function copyRecord<T extends PlanTable>(table: T, record: PlanRecords[T]): PlanRecords[T] {
  return COPY_RECORD[table](record);
}

export function copyPlan(p: Plan): Plan {
  return { id: p.id, name: p.name, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

export function copyDeletion(d: Deletion): Deletion {
  return { id: d.id, planId: d.planId, table: d.table, deletedAt: d.deletedAt };
}

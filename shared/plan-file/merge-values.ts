/**
 * A field's value in words, for the merge preview's "yours / theirs": links by the name of
 * what they point at, lists joined, nothing as "(empty)", long text cut to a line or two.
 */
import { kindOf, type PlanTable } from '../records/registry';

const MAX_SHOWN = 160;

/** Describes the record an id points at, from either copy; null when neither has it. */
export type LinkNamer = (id: string) => string | null;

function cut(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((item) => plain(item)).join(', ');
  }
  // Nested records (a stage entry, a decision): their values in order, without keys.
  return Object.values(value as Record<string, unknown>)
    .map((item) => plain(item))
    .join(' · ');
}

function linked(ids: unknown, nameOf: LinkNamer): string {
  if (ids === null || ids === undefined) return '(none)';
  const list = Array.isArray(ids) ? (ids as string[]) : [ids as string];
  if (list.length === 0) return '(none)';
  return list.map((id) => nameOf(id) ?? id).join(', ');
}

/**
 * One field's value. A merge group (a product's stage, history and rank) is shown by its
 * first field, which names it: the others follow from it.
 */
export function showValue(
  table: PlanTable | 'plan',
  fields: readonly string[],
  value: unknown,
  nameOf: LinkNamer,
): string {
  const field = fields[0] ?? '';
  const shown = fields.length === 1 ? value : (value as unknown[])[0];
  const isLink = table !== 'plan' && kindOf(table).links.some((link) => link.field === field);
  return cut(isLink ? linked(shown, nameOf) : plain(shown));
}

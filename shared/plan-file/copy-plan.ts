/**
 * A plan under fresh ids: a second copy beside the original, a restored backup, a file whose
 * ids are already taken here. Every record of every kind gets a new id and every link follows
 * it (walked from the registry of record kinds, so a new kind or link is copied with no
 * further code); ids that follow from other fields (stage templates) are derived anew. The
 * deletion records name records of the original and mean nothing to the copy, so they are
 * left out, and so is the base: the copy shares no history with anyone.
 */
import { nowIso } from '../domain/records';
import { kindOf, PLAN_TABLES, REFERENCES, type PlanRecord } from '../records/registry';
import { buildPlanFile } from './serialize';
import type { PlanFile } from './types';

export function copyWithFreshIds(
  file: PlanFile,
  name: string,
  now: Date,
  newId: () => string,
): PlanFile {
  const at = nowIso(now);
  const planId = newId();
  const fresh = new Map<string, string>();
  for (const table of PLAN_TABLES) {
    if (kindOf(table).derivedId) continue;
    for (const record of file[table]) fresh.set(record.id, newId());
  }
  const follow = (id: string) => fresh.get(id) ?? id;
  const tables = Object.fromEntries(
    PLAN_TABLES.map((table) => {
      const kind = kindOf(table);
      const links = REFERENCES.filter((ref) => ref.table === table);
      const records = file[table].map((record) => {
        const copy: Record<string, unknown> = { ...record, planId };
        for (const link of links) {
          const value = copy[link.field];
          if (Array.isArray(value)) copy[link.field] = (value as string[]).map(follow);
          else if (typeof value === 'string') copy[link.field] = follow(value);
        }
        const copied = copy as unknown as PlanRecord;
        copy.id = kind.derivedId ? kind.derivedId(copied) : follow(record.id);
        return copied;
      });
      return [table, records];
    }),
  );
  return buildPlanFile({
    plan: { ...file.plan, id: planId, name, createdAt: at, updatedAt: at },
    ...tables,
    deletions: [],
    base: null,
  });
}

/**
 * A hostile or careless file: a new plan, new products, checklist items and milestones, but
 * backlog items, feedback, KPIs, values, releases and people under the ids of a plan that is
 * already here. Importing it must take nothing from that plan.
 */
import { buildPlanFile } from '../../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { kindOf, PLAN_TABLES, REFERENCES } from '../../../../shared/records/registry';

const RENAMED = new Set(['products', 'checklistItems', 'milestones']);

export function withCollidingIds(file: PlanFile): PlanFile {
  const planId = `${file.plan.id}-intruder`;
  const fresh = new Map<string, string>();
  for (const table of PLAN_TABLES) {
    if (!RENAMED.has(table)) continue;
    for (const record of file[table]) fresh.set(record.id, `${record.id}-intruder`);
  }
  const follow = (id: string) => fresh.get(id) ?? id;
  const tables = Object.fromEntries(
    PLAN_TABLES.map((table) => [
      table,
      file[table].map((record) => {
        const copy: Record<string, unknown> = { ...record, planId, id: follow(record.id) };
        for (const ref of REFERENCES.filter((r) => r.table === table)) {
          const value = copy[ref.field];
          if (Array.isArray(value)) copy[ref.field] = (value as string[]).map(follow);
          else if (typeof value === 'string') copy[ref.field] = follow(value);
        }
        const derived = kindOf(table).derivedId;
        if (derived) copy.id = derived(copy as never);
        return copy;
      }),
    ]),
  );
  return buildPlanFile({
    plan: { ...file.plan, id: planId },
    ...tables,
    deletions: [],
  });
}

/** Whether the intruder made from `file` reuses any of its ids (it has records to reuse). */
export function reusesIds(file: PlanFile): boolean {
  return PLAN_TABLES.some(
    (table) => !RENAMED.has(table) && !kindOf(table).derivedId && file[table].length > 0,
  );
}

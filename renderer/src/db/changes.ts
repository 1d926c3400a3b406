/**
 * Every write that a user can undo goes through here: a change is a record's state before and
 * after, so one function can apply it forwards, backwards (undo) or forwards again (redo),
 * always inside one transaction. Removing a product leaves a deletion record for merges;
 * bringing it back removes that record.
 */
import type { Plan, Product } from '../../../shared/domain/product';
import { nowIso } from '../../../shared/domain/records';
import type { PlannerDb } from './database';

export type RecordChange =
  | { table: 'plans'; before: Plan | null; after: Plan | null }
  | { table: 'products'; before: Product | null; after: Product | null };

export type ChangeDirection = 'apply' | 'undo' | 'redo';

type Stamped = { id: string; updatedAt: string };

/** The state to write; undo and redo are new edits, so they carry a new `updatedAt`. */
function target<T extends Stamped>(
  change: { before: T | null; after: T | null },
  direction: ChangeDirection,
  stamp: string,
): T | null {
  const state = direction === 'undo' ? change.before : change.after;
  if (state === null || direction === 'apply') return state;
  return { ...state, updatedAt: stamp };
}

function recordId(change: RecordChange): string {
  const record = change.before ?? change.after;
  if (!record) throw new Error('A change needs a record before or after it.');
  return record.id;
}

export async function writeChanges(
  db: PlannerDb,
  changes: readonly RecordChange[],
  direction: ChangeDirection,
  now: Date = new Date(),
): Promise<void> {
  const stamp = nowIso(now);
  // Undo walks the changes backwards so dependent records come back in a safe order.
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  await db.transaction('rw', db.plans, db.products, db.deletions, async () => {
    for (const change of ordered) {
      const id = recordId(change);
      if (change.table === 'plans') {
        const state = target(change, direction, stamp);
        await (state ? db.plans.put(state) : db.plans.delete(id));
        continue;
      }
      const state = target(change, direction, stamp);
      if (state) {
        await db.products.put(state);
        await db.deletions.delete(id);
      } else {
        const gone = change.before ?? change.after;
        await db.products.delete(id);
        if (gone) {
          await db.deletions.put({ id, planId: gone.planId, table: 'products', deletedAt: stamp });
        }
      }
    }
  });
}

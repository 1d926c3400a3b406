/**
 * Plans bound to files (shared/storage/documents.ts): read, bind, mark changed, unbind. A
 * binding is the app's own bookkeeping, not plan data: it is not undone with the plan's edits
 * and never leaves this database.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentBinding } from '../../../shared/storage/documents';
import type { PlannerDb } from './database';
import { db as windowDb } from './index';

export function getBinding(db: PlannerDb, planId: string): Promise<DocumentBinding | undefined> {
  return db.documents.get(planId);
}

/** Binds the plan to a file, or updates what is known of it. */
export async function putBinding(db: PlannerDb, binding: DocumentBinding): Promise<void> {
  await db.documents.put(binding);
}

/** Changes some of what is known of a bound file; nothing when the plan is no longer bound. */
export async function updateBinding(
  db: PlannerDb,
  planId: string,
  patch: Partial<Omit<DocumentBinding, 'planId'>>,
): Promise<void> {
  await db.documents.update(planId, patch);
}

export async function unbind(db: PlannerDb, planId: string): Promise<void> {
  await db.documents.delete(planId);
}

/** The plan bound to the file at `sameFile`, found by the host's comparison of locations. */
export async function bindingOfFile(
  db: PlannerDb,
  sameFile: (binding: DocumentBinding) => Promise<boolean>,
): Promise<DocumentBinding | undefined> {
  for (const binding of await db.documents.toArray()) {
    if (await sameFile(binding)) return binding;
  }
  return undefined;
}

export function useBinding(planId: string | null): DocumentBinding | null | undefined {
  return useLiveQuery(
    async () => (planId ? ((await windowDb.documents.get(planId)) ?? null) : null),
    [planId],
  );
}

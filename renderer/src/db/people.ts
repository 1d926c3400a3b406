/**
 * Persona and competitor repository. Both are kept per plan and linked from products by id
 * (product.personaIds / competitorIds), so deleting one also unlinks it from every product,
 * in the same change, and undo brings the links back with it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  PERSON_KIND_INFO,
  byName,
  checkPersonDraft,
  type PersonDraft,
  type PersonKind,
} from '../../../shared/domain/people';
import type { Product } from '../../../shared/domain/product';
import { newId, nowIso } from '../../../shared/domain/records';
import type { Competitor, Persona } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as appDb } from './index';
import { RecordNotFoundError } from './repository';
import { commit, getRecord } from './repository';

/** Personas and competitors have the same fields; this is either. */
export type Person = Persona | Competitor;

function tableOf(db: PlannerDb, kind: PersonKind) {
  return kind === 'persona' ? db.personas : db.competitors;
}

function personChange(kind: PersonKind, before: Person | null, after: Person | null): RecordChange {
  return { table: PERSON_KIND_INFO[kind].table, before, after };
}

const what = (kind: PersonKind) => PERSON_KIND_INFO[kind].label.toLocaleLowerCase();

const getPerson = (db: PlannerDb, kind: PersonKind, id: string): Promise<Person> =>
  getRecord(db, PERSON_KIND_INFO[kind].table, id);

async function checkedDraft(
  db: PlannerDb,
  kind: PersonKind,
  planId: string,
  draft: PersonDraft,
  exceptId: string | null,
): Promise<PersonDraft> {
  const others = await tableOf(db, kind).where('planId').equals(planId).toArray();
  const names = others.filter((p) => p.id !== exceptId).map((p) => p.name);
  const check = checkPersonDraft(kind, draft, names);
  if (!check.ok) throw new Error(Object.values(check.errors).join(' '));
  return check.value;
}

/** Creates a persona or competitor; the first change's `after` is the new record. */
export function createPerson(
  db: PlannerDb,
  planId: string,
  kind: PersonKind,
  draft: PersonDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    if (!(await db.plans.get(planId))) throw new RecordNotFoundError('plan', planId);
    const value = await checkedDraft(db, kind, planId, draft, null);
    const at = nowIso(now);
    const person: Person = { id: newId(), planId, ...value, createdAt: at, updatedAt: at };
    return commit(db, [personChange(kind, null, person)]);
  });
}

export function updatePerson(
  db: PlannerDb,
  kind: PersonKind,
  id: string,
  draft: PersonDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getPerson(db, kind, id);
    const value = await checkedDraft(db, kind, before.planId, draft, id);
    if (value.name === before.name && value.notes === before.notes) return [];
    return commit(db, [
      personChange(kind, before, { ...before, ...value, updatedAt: nowIso(now) }),
    ]);
  });
}

function withLink(product: Product, kind: PersonKind, id: string, linked: boolean, at: string) {
  const field = PERSON_KIND_INFO[kind].field;
  const ids = product[field].filter((other) => other !== id);
  if (linked) ids.push(id);
  return { ...product, [field]: ids, updatedAt: at };
}

export function deletePerson(
  db: PlannerDb,
  kind: PersonKind,
  id: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getPerson(db, kind, id);
    const field = PERSON_KIND_INFO[kind].field;
    const at = nowIso(now);
    const linked = await db.products
      .where('planId')
      .equals(before.planId)
      .filter((product) => product[field].includes(id))
      .toArray();
    const changes: RecordChange[] = linked.map((product) => ({
      table: 'products',
      before: product,
      after: withLink(product, kind, id, false, at),
    }));
    changes.push(personChange(kind, before, null));
    return commit(db, changes);
  });
}

/** Links (or unlinks) a persona or competitor to a product; nothing when already so. */
export function setPersonLinked(
  db: PlannerDb,
  productId: string,
  kind: PersonKind,
  id: string,
  linked: boolean,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const product = await getRecord(db, 'products', productId);
    if (linked) {
      const person = await getPerson(db, kind, id);
      if (person.planId !== product.planId) {
        throw new Error(`That ${what(kind)} belongs to another plan.`);
      }
    }
    if (product[PERSON_KIND_INFO[kind].field].includes(id) === linked) return [];
    const after = withLink(product, kind, id, linked, nowIso(now));
    return commit(db, [{ table: 'products', before: product, after }]);
  });
}

/** "New persona…" on a product: creates it and links it, as one step to undo. */
export function createPersonForProduct(
  db: PlannerDb,
  productId: string,
  kind: PersonKind,
  draft: PersonDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const product = await getRecord(db, 'products', productId);
    const created = await createPerson(db, product.planId, kind, draft, now);
    const id = created[0]?.after?.id as string;
    return [...created, ...(await setPersonLinked(db, productId, kind, id, true, now))];
  });
}

export function usePeople(planId: string | null, kind: PersonKind): Person[] | undefined {
  return useLiveQuery(
    async () =>
      planId ? byName(await tableOf(appDb, kind).where('planId').equals(planId).toArray()) : [],
    [planId, kind],
  );
}

export const usePersonas = (planId: string | null) => usePeople(planId, 'persona');
export const useCompetitors = (planId: string | null) => usePeople(planId, 'competitor');

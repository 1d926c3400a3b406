/** Persona and competitor actions as the user takes them: undoable, and said aloud. */
import {
  PERSON_KIND_INFO,
  type PersonDraft,
  type PersonKind,
} from '../../../../shared/domain/people';
import type { Product } from '../../../../shared/domain/product';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import {
  createPerson,
  createPersonForProduct,
  deletePerson,
  setPersonLinked,
  updatePerson,
  type Person,
} from '../../db/people';
import { useUi } from '../../store';

const say = (text: string) => useUi.getState().announce(text);
const word = (kind: PersonKind) => PERSON_KIND_INFO[kind].label.toLocaleLowerCase();

export async function linkPerson(product: Product, kind: PersonKind, person: Person) {
  const done = await perform(`Link ${word(kind)} ${person.name}`, () =>
    setPersonLinked(db, product.id, kind, person.id, true),
  );
  if (done) say(`Linked ${word(kind)} ${person.name} to ${product.name}.`);
  return done;
}

export async function unlinkPerson(product: Product, kind: PersonKind, person: Person) {
  const done = await perform(`Unlink ${word(kind)} ${person.name}`, () =>
    setPersonLinked(db, product.id, kind, person.id, false),
  );
  if (done) say(`Unlinked ${word(kind)} ${person.name} from ${product.name}.`);
  return done;
}

export async function createAndLink(product: Product, kind: PersonKind, draft: PersonDraft) {
  const done = await perform(`New ${word(kind)} ${draft.name}`, () =>
    createPersonForProduct(db, product.id, kind, draft),
  );
  if (done) say(`Created ${word(kind)} ${draft.name} and linked it to ${product.name}.`);
  return done;
}

export async function addPerson(planId: string, kind: PersonKind, draft: PersonDraft) {
  const done = await perform(`New ${word(kind)} ${draft.name}`, () =>
    createPerson(db, planId, kind, draft),
  );
  if (done) say(`Added ${word(kind)} ${draft.name}.`);
  return done;
}

export async function editPerson(kind: PersonKind, person: Person, draft: PersonDraft) {
  const done = await perform(`Edit ${word(kind)} ${person.name}`, () =>
    updatePerson(db, kind, person.id, draft),
  );
  if (done) say(`Saved ${word(kind)} ${draft.name}.`);
  return done;
}

export async function removePerson(kind: PersonKind, person: Person) {
  const done = await perform(`Delete ${word(kind)} ${person.name}`, () =>
    deletePerson(db, kind, person.id),
  );
  if (done) say(`Deleted ${word(kind)} ${person.name}.`);
  return done;
}

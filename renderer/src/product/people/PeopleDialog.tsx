/**
 * The plan's personas and competitors in one place: add, rename, edit notes, delete (with an
 * Undo inside the dialog, since the page's toast sits behind a modal), and which products
 * link to each.
 */
import './people.css';
import { useState } from 'react';
import {
  PERSON_KINDS,
  PERSON_KIND_INFO,
  productsLinkedTo,
  type PersonKind,
} from '../../../../shared/domain/people';
import type { Product } from '../../../../shared/domain/product';
import { undoLastAction } from '../../commands/perform';
import { usePlanProducts } from '../../db';
import { usePeople, type Person } from '../../db/people';
import { useUi } from '../../store';
import { Modal } from '../../ui/Modal';
import { PersonForm, PersonRowEditor } from './PersonForm';
import { removePerson } from './people-commands';

export function PeopleDialog({ onClose }: { onClose?: () => void }) {
  const planId = useUi((s) => s.currentPlanId);
  const closeDialog = useUi((s) => s.closeDialog);
  const close = onClose ?? closeDialog;
  const products = usePlanProducts(planId);
  const [deleted, setDeleted] = useState<string | null>(null);
  return (
    <Modal title="Personas and competitors" onClose={close} wide>
      <p className="modal-note">
        Kept for the whole plan. Link them to products from each product’s Overview.
      </p>
      {deleted && (
        <div className="people-undo" role="status">
          <span>Deleted {deleted}.</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDeleted(null);
              void undoLastAction();
            }}
          >
            Undo
          </button>
        </div>
      )}
      {planId &&
        PERSON_KINDS.map((kind) => (
          <PeopleTable
            key={kind}
            planId={planId}
            kind={kind}
            products={products ?? []}
            onDeleted={setDeleted}
          />
        ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function PeopleTable({
  planId,
  kind,
  products,
  onDeleted,
}: {
  planId: string;
  kind: PersonKind;
  products: Product[];
  onDeleted: (what: string) => void;
}) {
  const info = PERSON_KIND_INFO[kind];
  const word = info.label.toLocaleLowerCase();
  const people = usePeople(planId, kind);
  const [editingId, setEditingId] = useState<string | null>(null);
  if (!people) return null;
  const namesExcept = (id: string | null) => people.filter((p) => p.id !== id).map((p) => p.name);

  async function onDelete(person: Person) {
    if (await removePerson(kind, person)) onDeleted(`${word} “${person.name}”`);
  }

  return (
    <section className="people-section" aria-label={info.plural}>
      <h3 className="detail-heading">{info.plural}</h3>
      {people.length === 0 ? (
        <p className="people-none">No {word}s in this plan yet.</p>
      ) : (
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Notes</th>
              <th scope="col">Linked products</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) =>
              editingId === person.id ? (
                <PersonRowEditor
                  key={person.id}
                  kind={kind}
                  person={person}
                  otherNames={namesExcept(person.id)}
                  onDone={() => setEditingId(null)}
                />
              ) : (
                <tr key={person.id} data-record-id={person.id}>
                  <th scope="row" className="people-name">
                    {person.name}
                  </th>
                  <td className="people-notes">{person.notes}</td>
                  <td className="people-products">
                    {productsLinkedTo(products, kind, person.id)
                      .map((p) => p.name)
                      .join(', ') || '—'}
                  </td>
                  <td className="people-actions">
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={`Edit ${word} ${person.name}`}
                      onClick={() => setEditingId(person.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-danger"
                      aria-label={`Delete ${word} ${person.name}`}
                      onClick={() => void onDelete(person)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <PersonForm planId={planId} kind={kind} existingNames={namesExcept(null)} />
    </section>
  );
}

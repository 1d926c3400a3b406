/**
 * A product's personas and competitors, for its Overview: linked ones as chips (each with an
 * unlink button), a picker to link one the plan already has, and inline creation of a new one.
 */
import './people.css';
import { Plus, Users, X } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  PERSON_KIND_INFO,
  checkPersonDraft,
  type PersonKind,
} from '../../../../shared/domain/people';
import type { Product } from '../../../../shared/domain/product';
import { usePeople, type Person } from '../../db/people';
import { createAndLink, linkPerson, unlinkPerson } from './people-commands';
import { PeopleDialog } from './PeopleDialog';

export function PeoplePanel({ product }: { product: Product }) {
  const [managing, setManaging] = useState(false);
  return (
    <div className="people-panel">
      <PeopleGroup product={product} kind="persona" />
      <PeopleGroup product={product} kind="competitor" />
      <button type="button" className="button button-quiet" onClick={() => setManaging(true)}>
        <Users size={14} aria-hidden="true" />
        Manage personas and competitors…
      </button>
      {managing && <PeopleDialog onClose={() => setManaging(false)} />}
    </div>
  );
}

function PeopleGroup({ product, kind }: { product: Product; kind: PersonKind }) {
  const info = PERSON_KIND_INFO[kind];
  const word = info.label.toLocaleLowerCase();
  const headingId = useId();
  const selectId = useId();
  const people = usePeople(product.planId, kind);
  const [choice, setChoice] = useState('');
  const [creating, setCreating] = useState(false);
  const linkButton = useRef<HTMLButtonElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  if (!people) return <div className="people-group" aria-busy="true" />;

  const byId = new Map(people.map((p) => [p.id, p]));
  const linked = product[info.field].flatMap((id) => byId.get(id) ?? []);
  const available = people.filter((p) => !product[info.field].includes(p.id));
  const chosen = available.find((p) => p.id === choice) ?? available[0];

  async function unlink(person: Person) {
    if (await unlinkPerson(product, kind, person)) {
      (linkButton.current ?? newButton.current)?.focus();
    }
  }

  return (
    <div className="people-group" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-heading">
        {info.plural}
      </h3>
      {linked.length === 0 ? (
        <p className="people-none">No {word}s linked.</p>
      ) : (
        <ul className="person-chips" aria-label={`Linked ${word}s`}>
          {linked.map((person) => (
            <li key={person.id} className={`person-chip person-chip-${kind}`}>
              <span className="person-chip-name" title={person.notes || undefined}>
                {person.name}
              </span>
              <button
                type="button"
                className="person-chip-remove"
                aria-label={`Unlink ${word} ${person.name}`}
                title="Unlink"
                onClick={() => void unlink(person)}
              >
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="people-link-row">
        {available.length > 0 && chosen && (
          <>
            <label htmlFor={selectId} className="sr-only">
              {info.label} to link
            </label>
            <select
              id={selectId}
              className="people-select"
              value={chosen.id}
              onChange={(event) => setChoice(event.target.value)}
            >
              {available.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
            <button
              ref={linkButton}
              type="button"
              className="button"
              onClick={() => void linkPerson(product, kind, chosen)}
            >
              Link {word}
            </button>
          </>
        )}
        {!creating && (
          <button
            ref={newButton}
            type="button"
            className="button button-quiet"
            onClick={() => setCreating(true)}
          >
            <Plus size={14} aria-hidden="true" />
            New {word}…
          </button>
        )}
      </div>
      {creating && (
        <NewPersonForm
          product={product}
          kind={kind}
          existingNames={people.map((p) => p.name)}
          onDone={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      )}
    </div>
  );
}

function NewPersonForm({
  product,
  kind,
  existingNames,
  onDone,
}: {
  product: Product;
  kind: PersonKind;
  existingNames: string[];
  onDone: () => void;
}) {
  const word = PERSON_KIND_INFO[kind].label.toLocaleLowerCase();
  const errorId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = checkPersonDraft(kind, { name, notes: '' }, existingNames);
    if (!check.ok) {
      setError(check.errors.name ?? null);
      return;
    }
    if (await createAndLink(product, kind, check.value)) onDone();
  }

  return (
    <form className="people-new" onSubmit={(event) => void onSubmit(event)}>
      <input
        // The user asked to type a name: the field is where they expect to be.
        autoFocus
        type="text"
        aria-label={`New ${word} name`}
        placeholder={`Name of the new ${word}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button-primary">
        Create and link
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}

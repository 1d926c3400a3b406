/**
 * Personas (who a product is for) and competitors (who else serves them) are kept per plan and
 * linked to products by id. Both have a name and notes, so one set of rules serves both.
 */
import { MAX_SUMMARY_LENGTH, checkName, type Product } from './product';
import type { DraftCheck } from './changelog';

export const PERSON_KINDS = ['persona', 'competitor'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const PERSON_KIND_INFO: Record<
  PersonKind,
  {
    table: 'personas' | 'competitors';
    field: 'personaIds' | 'competitorIds';
    label: string;
    plural: string;
  }
> = {
  persona: { table: 'personas', field: 'personaIds', label: 'Persona', plural: 'Personas' },
  competitor: {
    table: 'competitors',
    field: 'competitorIds',
    label: 'Competitor',
    plural: 'Competitors',
  },
};

export interface PersonDraft {
  name: string;
  notes: string;
}

const nameKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Checks a persona or competitor as typed. `otherNames` are the plan's others of the same kind:
 * two personas of one name could not be told apart when linking.
 */
export function checkPersonDraft(
  kind: PersonKind,
  draft: PersonDraft,
  otherNames: readonly string[],
): DraftCheck<PersonDraft, keyof PersonDraft> {
  const errors: Partial<Record<keyof PersonDraft, string>> = {};
  const what = kind === 'persona' ? 'persona' : 'competitor';
  const name = checkName(draft.name, what);
  if (!name.ok) errors.name = name.message;
  else if (otherNames.some((other) => nameKey(other) === nameKey(name.value))) {
    errors.name = `There is already a ${what} called “${name.value}”.`;
  }
  const notes = draft.notes.trim();
  if (notes.length > MAX_SUMMARY_LENGTH) {
    errors.notes = `The notes are too long; keep them to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`;
  }
  if (!name.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name: name.value, notes } };
}

/** The products that link to a persona or competitor, by name, archived ones included. */
export function productsLinkedTo<P extends Pick<Product, 'personaIds' | 'competitorIds'>>(
  products: readonly P[],
  kind: PersonKind,
  id: string,
): P[] {
  const field = PERSON_KIND_INFO[kind].field;
  return products.filter((product) => product[field].includes(id));
}

/** Sorted by name for lists and pickers; plain comparison keeps the order the same anywhere. */
export function byName<T extends { id: string; name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const ka = nameKey(a.name);
    const kb = nameKey(b.name);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Board search: every word typed must appear in the name, the owner or a tag. */
import type { Product } from './product';

/** Case- and accent-insensitive form, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * Whether everything matching the terms `now` also matched the terms `before`: each earlier
 * word is within a new one, as when a letter is added. Then the last matches can be narrowed
 * instead of searching everything again.
 */
export function termsNarrow(before: readonly string[], now: readonly string[]): boolean {
  return before.every((old) => now.some((term) => term.includes(old)));
}

/**
 * Folded text per product object. Records read from the database are new objects after each
 * change, so a stale entry can never be found; between changes, typing a search term folds
 * each product once rather than once per key press.
 */
const folded = new WeakMap<object, string>();

function haystackOf(product: Pick<Product, 'name' | 'owner' | 'tags'>): string {
  let text = folded.get(product);
  if (text === undefined) {
    text = foldForSearch([product.name, product.owner, ...product.tags].join('\n'));
    folded.set(product, text);
  }
  return text;
}

export function productMatches(
  product: Pick<Product, 'name' | 'owner' | 'tags'>,
  terms: readonly string[],
): boolean {
  if (terms.length === 0) return true;
  const haystack = haystackOf(product);
  return terms.every((term) => haystack.includes(term));
}

/** Whether the board shows a product: archived ones only on request, and those the search finds. */
export function shownOnBoard(
  product: Pick<Product, 'name' | 'owner' | 'tags' | 'archived'>,
  terms: readonly string[],
  showArchived: boolean,
): boolean {
  return (!product.archived || showArchived) && productMatches(product, terms);
}

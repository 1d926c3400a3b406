/** Board search: every word typed must appear in the name, the owner or a tag. */
import type { Product } from './product';

/** Case- and accent-insensitive form, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

export function productMatches(
  product: Pick<Product, 'name' | 'owner' | 'tags'>,
  terms: readonly string[],
): boolean {
  if (terms.length === 0) return true;
  const haystack = foldForSearch([product.name, product.owner, ...product.tags].join('\n'));
  return terms.every((term) => haystack.includes(term));
}

/** Choosing a search or palette result: its product's section, with the record in view. */
import { useUi } from '../store';
import { useReveal } from '../store/reveal';
import { SECTION_OF_KIND } from './entries';
import type { SearchHit } from './search-index';

export function openHit(hit: Pick<SearchHit, 'kind' | 'id' | 'productId'>): void {
  const ui = useUi.getState();
  const reveal = useReveal.getState().reveal;
  if (hit.kind === 'personas' || hit.kind === 'competitors') {
    ui.openDialog({ kind: 'people' });
    reveal(hit.id);
    return;
  }
  if (hit.kind === 'products') {
    ui.showView({ kind: 'product', productId: hit.id, section: 'overview' });
    return;
  }
  if (!hit.productId) return;
  ui.showView({ kind: 'product', productId: hit.productId, section: SECTION_OF_KIND[hit.kind] });
  reveal(hit.id);
}

/** Narrowing the roadmap to one product, one product tag, or one MoSCoW priority. */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { Product } from '../../../../shared/domain/product';
import { NO_FILTER, productTags, type RoadmapFilter } from '../../../../shared/domain/roadmap';
import { MOSCOW, MOSCOW_LABELS, type Moscow } from '../../../../shared/domain/workspace';

interface RoadmapFiltersProps {
  products: readonly Product[];
  filter: RoadmapFilter;
  onChange(filter: RoadmapFilter): void;
  /** Whether the roadmap's items are drawn: the list of every product waits for them. */
  drawn: boolean;
}

const byName = new Intl.Collator(undefined, { numeric: true });

/**
 * Whether to list every product and every tag: once the roadmap is drawn and the page is
 * idle, or at once when a list is reached (focus, a press). An option per product took about
 * 150 ms to draw and lay out in a plan of 5,000, and the roadmap's read of its items started
 * only after it; gathering the tags of 5,000 products took 11–15 ms before the first frame.
 */
function useListEveryProduct(drawn: boolean): [boolean, () => void] {
  const [listed, setListed] = useState(false);
  useEffect(() => {
    if (!drawn || listed) return;
    const handle = window.requestIdleCallback(() => setListed(true), { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }, [drawn, listed]);
  return [listed, () => setListed(true)];
}

/**
 * Drawn again only when the products or the filter change: a plan of thousands of products
 * lists each as an option, which is not worth redrawing when the roadmap's items arrive.
 */
export const RoadmapFilters = memo(function RoadmapFilters({
  products,
  filter,
  onChange,
  drawn,
}: RoadmapFiltersProps) {
  const id = useId();
  const [listed, list] = useListEveryProduct(drawn);
  // Until then, the product chosen is the only one listed, so the list still shows it.
  const live = useMemo(
    () =>
      products
        .filter((product) => !product.archived && (listed || product.id === filter.productId))
        .sort((a, b) => byName.compare(a.name, b.name)),
    [products, listed, filter.productId],
  );
  // As with products, the tag chosen is listed until every tag is.
  const tags = useMemo(
    () => (listed ? productTags(products) : filter.tag === null ? [] : [filter.tag]),
    [products, listed, filter.tag],
  );
  const active = filter.productId !== null || filter.tag !== null || filter.moscow !== null;
  return (
    <div className="roadmap-filters" role="group" aria-label="Filter the roadmap">
      <label htmlFor={`${id}-product`}>Product</label>
      <select
        id={`${id}-product`}
        className="roadmap-filter-product"
        value={filter.productId ?? ''}
        onFocus={list}
        onPointerDown={list}
        onChange={(e) => onChange({ ...filter, productId: e.target.value || null })}
      >
        <option value="">All products</option>
        {live.map((product) => (
          <option key={product.id} value={product.id}>
            {product.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tag`}>Tag</label>
      <select
        id={`${id}-tag`}
        value={filter.tag ?? ''}
        onFocus={list}
        onPointerDown={list}
        onChange={(e) => onChange({ ...filter, tag: e.target.value || null })}
      >
        <option value="">All tags</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-moscow`}>MoSCoW</label>
      <select
        id={`${id}-moscow`}
        value={filter.moscow ?? ''}
        onChange={(e) =>
          onChange({ ...filter, moscow: (e.target.value || null) as Moscow | 'unset' | null })
        }
      >
        <option value="">Any priority</option>
        {MOSCOW.map((moscow) => (
          <option key={moscow} value={moscow}>
            {MOSCOW_LABELS[moscow]}
          </option>
        ))}
        <option value="unset">Not set</option>
      </select>
      {active && (
        <button type="button" className="button button-quiet" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
});

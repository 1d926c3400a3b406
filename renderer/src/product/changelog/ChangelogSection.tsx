import type { Product } from '../../../../shared/domain/product';

export function ChangelogSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-changelog">
      <h2 id="section-changelog">Changelog</h2>
      <p>{product.name}</p>
    </section>
  );
}

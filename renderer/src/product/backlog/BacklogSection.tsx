import type { Product } from '../../../../shared/domain/product';

export function BacklogSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-backlog">
      <h2 id="section-backlog">Backlog</h2>
      <p>{product.name}</p>
    </section>
  );
}

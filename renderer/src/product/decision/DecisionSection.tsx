import type { Product } from '../../../../shared/domain/product';

export function DecisionSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-decision">
      <h2 id="section-decision">Decision</h2>
      <p>{product.name}</p>
    </section>
  );
}

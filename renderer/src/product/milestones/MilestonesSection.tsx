import type { Product } from '../../../../shared/domain/product';

export function MilestonesSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-milestones">
      <h2 id="section-milestones">Milestones</h2>
      <p>{product.name}</p>
    </section>
  );
}

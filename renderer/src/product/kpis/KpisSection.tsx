import type { Product } from '../../../../shared/domain/product';

export function KpisSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-kpis">
      <h2 id="section-kpis">Kpis</h2>
      <p>{product.name}</p>
    </section>
  );
}

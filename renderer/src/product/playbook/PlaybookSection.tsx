import type { Product } from '../../../../shared/domain/product';

export function PlaybookSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-playbook">
      <h2 id="section-playbook">Playbook</h2>
      <p>{product.name}</p>
    </section>
  );
}

import type { Product } from '../../../../shared/domain/product';

export function FeedbackSection({ product }: { product: Product }) {
  return (
    <section className="workspace-section" aria-labelledby="section-feedback">
      <h2 id="section-feedback">Feedback</h2>
      <p>{product.name}</p>
    </section>
  );
}

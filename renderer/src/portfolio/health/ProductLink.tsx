/** A product's name that opens its workspace (at a given section) from a portfolio view. */
import type { Product } from '../../../../shared/domain/product';
import type { WorkspaceSection } from '../../store/sections';
import { useUi } from '../../store';

export function ProductLink({
  product,
  section = 'overview',
}: {
  product: Product;
  section?: WorkspaceSection;
}) {
  const showView = useUi((s) => s.showView);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => showView({ kind: 'product', productId: product.id, section })}
    >
      <span className="stage-dot" aria-hidden="true" />
      {product.name}
    </button>
  );
}

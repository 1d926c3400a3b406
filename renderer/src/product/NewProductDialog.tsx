import { STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import { createProductInStage } from '../commands/product-commands';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import { ProductForm } from './ProductForm';

export function NewProductDialog({ planId, stage }: { planId: string; stage: Stage }) {
  const closeDialog = useUi((s) => s.closeDialog);
  return (
    <Modal title="New product" onClose={closeDialog}>
      <p className="modal-note">
        It starts in <strong>{STAGE_LABELS[stage]}</strong>.
      </p>
      <ProductForm
        submitLabel="Create product"
        onCancel={closeDialog}
        onSubmit={async (draft) => {
          const created = await createProductInStage(planId, draft, stage);
          if (created) closeDialog();
          return created;
        }}
      />
    </Modal>
  );
}

/**
 * A product's details: edit its fields, move it without dragging, archive or delete it, and
 * see when it entered each stage.
 */
import { useId, useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import { daysInStage, formatDays } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import {
  deleteProductWithUndo,
  moveProductToStage,
  saveProductDetails,
  setProductArchived,
  type BoardColumns,
} from '../board/board-commands';
import { useProduct } from '../db';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import { ProductForm } from './ProductForm';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function StageHistory({ product }: { product: Product }) {
  const now = new Date();
  return (
    <ol className="stage-history">
      {product.stageHistory.map((entry, i) => {
        const next = product.stageHistory[i + 1];
        const end = next ? new Date(next.enteredAt) : now;
        const days = Math.max(
          0,
          Math.floor((end.getTime() - Date.parse(entry.enteredAt)) / 86_400_000),
        );
        return (
          <li key={`${entry.stage}-${entry.enteredAt}`} data-stage={entry.stage}>
            <span className="stage-dot" aria-hidden="true" />
            <span className="stage-history-name">{STAGE_LABELS[entry.stage]}</span>
            <span className="stage-history-date">
              entered{' '}
              <time dateTime={entry.enteredAt}>{dateFormat.format(new Date(entry.enteredAt))}</time>
              {' · '}
              {next ? formatDays(days) : `${formatDays(daysInStage(product, now))} so far`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function MoveTo({ product, columns }: { product: Product; columns: BoardColumns }) {
  const id = useId();
  const firstOther = STAGES.find((stage) => stage !== product.stage) as Stage;
  const [stage, setStage] = useState<Stage>(firstOther);
  const target = stage === product.stage ? firstOther : stage;
  return (
    <div className="move-to">
      <label htmlFor={id}>Move to</label>
      <select id={id} value={target} onChange={(e) => setStage(e.target.value as Stage)}>
        {STAGES.filter((s) => s !== product.stage).map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        onClick={() => void moveProductToStage(product, target, columns)}
      >
        Move
      </button>
    </div>
  );
}

export function ProductDialog({
  productId,
  columns,
}: {
  productId: string;
  columns: BoardColumns;
}) {
  const product = useProduct(productId);
  const closeDialog = useUi((s) => s.closeDialog);
  if (product === undefined) return null;
  if (product === null) {
    return (
      <Modal title="Product not found" onClose={closeDialog}>
        <p>This product no longer exists. It may have been deleted.</p>
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={closeDialog}>
            Close
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal title={product.name} onClose={closeDialog} wide>
      <p className="modal-lead">
        <span className="stage-badge" data-stage={product.stage}>
          {STAGE_LABELS[product.stage]}
        </span>
        {product.archived && <span className="archived-badge">Archived</span>}
      </p>
      <section aria-label="Stage" className="detail-section">
        <MoveTo product={product} columns={columns} />
        <h3 className="detail-heading">Stage history</h3>
        <StageHistory product={product} />
      </section>
      <ProductForm
        key={product.id}
        initial={product}
        submitLabel="Save changes"
        onCancel={closeDialog}
        onSubmit={async (draft) => {
          const saved = await saveProductDetails(product, draft);
          if (saved) closeDialog();
          return saved;
        }}
        extraActions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => void setProductArchived(product, !product.archived, columns)}
            >
              {product.archived ? 'Unarchive' : 'Archive'}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void deleteProductWithUndo(product, columns)}
            >
              Delete
            </button>
          </>
        }
      />
    </Modal>
  );
}

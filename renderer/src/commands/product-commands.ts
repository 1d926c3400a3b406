/**
 * Commands on one product, wherever they start (its card, its workspace, the new-product
 * dialog): each records undo, speaks to the live region and gives focus back the same way.
 */
import { STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import { db } from '../db';
import {
  createProduct,
  deleteProduct,
  moveProductToEnd,
  updateProduct,
  type ProductDraft,
} from '../db/products';
import { useUi } from '../store';
import type { BoardColumns } from '../store/board-columns';
import { requestFocus } from './focus-request';
import { perform } from './perform';

/** Focus moves to the card beside one that leaves the board, so it is never lost. */
function focusNeighbourOf(product: Product, columns?: BoardColumns): void {
  const column = columns?.[product.stage] ?? [];
  const index = column.findIndex((p) => p.id === product.id);
  const neighbour = column[index + 1] ?? column[index - 1];
  if (neighbour) requestFocus({ list: 'board', id: neighbour.id, stage: neighbour.stage });
}

/** "Move to" in the product's workspace: to the end of the stage, the board not in view. */
export async function moveProductFromWorkspace(product: Product, stage: Stage): Promise<void> {
  if (stage === product.stage) return;
  const moved = await perform(`Move ${product.name}`, () =>
    moveProductToEnd(db, product.id, stage),
  );
  if (moved) useUi.getState().showToast(`Moved “${product.name}” to ${STAGE_LABELS[stage]}.`, true);
}

export async function setProductArchived(
  product: Product,
  archived: boolean,
  columns?: BoardColumns,
): Promise<void> {
  const label = `${archived ? 'Archive' : 'Unarchive'} ${product.name}`;
  const done = await perform(label, () => updateProduct(db, product.id, { archived }));
  if (!done) return;
  if (archived && !useUi.getState().showArchived) focusNeighbourOf(product, columns);
  const ui = useUi.getState();
  ui.showToast(`${archived ? 'Archived' : 'Restored'} “${product.name}”.`, true);
}

export async function deleteProductWithUndo(
  product: Product,
  columns?: BoardColumns,
): Promise<void> {
  const done = await perform(`Delete ${product.name}`, () => deleteProduct(db, product.id));
  if (!done) return;
  focusNeighbourOf(product, columns);
  const ui = useUi.getState();
  ui.closeDialog();
  ui.showToast(`Deleted “${product.name}”.`, true);
}

export async function createProductInStage(
  planId: string,
  draft: ProductDraft,
  stage: Stage,
): Promise<boolean> {
  let createdId = '';
  const done = await perform(`Create ${draft.name}`, async () => {
    const changes = await createProduct(db, planId, draft, stage);
    createdId = changes[0]?.after?.id ?? '';
    return changes;
  });
  if (!done) return false;
  const ui = useUi.getState();
  if (createdId) requestFocus({ list: 'board', id: createdId, stage });
  ui.announce(`Created ${draft.name} in ${STAGE_LABELS[stage]}.`);
  return true;
}

export async function saveProductDetails(product: Product, draft: ProductDraft): Promise<boolean> {
  const done = await perform(`Edit ${draft.name}`, () => updateProduct(db, product.id, draft));
  if (done) useUi.getState().announce(`Saved ${draft.name}.`);
  return done;
}

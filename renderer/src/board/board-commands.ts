/**
 * Board commands, defined once: the card menu, the product dialog, keyboard moves and drag
 * and drop all call these, so each action records undo and speaks to the live region the
 * same way wherever it starts.
 */
import { STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import { neighbourBefore, type MoveDirection } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import { searchTerms, shownOnBoard } from '../../../shared/domain/search';
import { db } from '../db';
import {
  createProduct,
  deleteProduct,
  moveProduct,
  moveProductToEnd,
  stepProductAmong,
  updateProduct,
  type StepPlacement,
} from '../db/products';
import type { ProductDraft } from '../db/products';
import { useUi } from '../store';
import { requestFocus } from '../commands/focus-request';
import { perform } from '../commands/perform';

/** Each stage's products as the board shows them, sorted by rank. */
export type BoardColumns = Record<Stage, Product[]>;

function positionText(index: number, total: number): string {
  return `position ${index + 1} of ${total}`;
}

/**
 * Moves a product to `index` in `stage` as the board shows it. `shown` is that column as
 * shown, before the move.
 */
export async function moveProductOnBoard(
  product: Product,
  stage: Stage,
  index: number,
  shown: readonly Product[],
): Promise<boolean> {
  const others = shown.filter((p) => p.id !== product.id);
  const at = Math.max(0, Math.min(index, others.length));
  const afterId = neighbourBefore(others, at);
  const ui = useUi.getState();
  const moved = await perform(`Move ${product.name}`, () =>
    moveProduct(db, product.id, stage, afterId),
  );
  if (!moved) return false;
  requestFocus({ list: 'board', id: product.id, stage, index: at });
  const where = stage === product.stage ? 'within' : 'to';
  ui.announce(
    `Moved ${product.name} ${where} ${STAGE_LABELS[stage]}, ${positionText(at, others.length + 1)}.`,
  );
  return true;
}

export async function moveProductToStage(
  product: Product,
  stage: Stage,
  columns: BoardColumns,
): Promise<void> {
  if (stage === product.stage) return;
  await moveProductOnBoard(product, stage, columns[stage].length, columns[stage]);
}

/** "Move to" in the product's workspace: to the end of the stage, the board not in view. */
export async function moveProductFromWorkspace(product: Product, stage: Stage): Promise<void> {
  if (stage === product.stage) return;
  const moved = await perform(`Move ${product.name}`, () =>
    moveProductToEnd(db, product.id, stage),
  );
  if (moved) useUi.getState().showToast(`Moved “${product.name}” to ${STAGE_LABELS[stage]}.`, true);
}

/**
 * An Alt+Arrow press (or the card menu's Move up and Move down): one step on the board as it
 * is shown. The step is worked out from the stored order when its transaction runs, so
 * presses made faster than moves are saved each take one step; once the move commits, the
 * card is asked to take focus where it now is (commands/focus-request.ts).
 */
export async function stepProduct(
  product: Pick<Product, 'id' | 'name'>,
  direction: MoveDirection,
): Promise<boolean> {
  const { search, showArchived } = useUi.getState();
  const terms = searchTerms(search);
  const shown = (other: Product) => shownOnBoard(other, terms, showArchived);
  const outcome: { placed: StepPlacement | null } = { placed: null };
  const saved = await perform(`Move ${product.name}`, async () => {
    const step = await stepProductAmong(db, product.id, direction, shown);
    outcome.placed = step.placed;
    return step.changes;
  });
  if (!saved) return false;
  const ui = useUi.getState();
  const { placed } = outcome;
  if (!placed) {
    const edge = { left: 'first stage', right: 'last stage', up: 'top', down: 'bottom' };
    ui.announce(`${product.name} is already at the ${edge[direction]}.`);
    return false;
  }
  const { stage, index, total } = placed;
  requestFocus({ list: 'board', id: product.id, stage, index });
  const where = direction === 'up' || direction === 'down' ? 'within' : 'to';
  ui.announce(
    `Moved ${product.name} ${where} ${STAGE_LABELS[stage]}, ${positionText(index, total)}.`,
  );
  return true;
}

/**
 * Before a card leaves the board, the card that takes its place (or the one above) is the one
 * to hold focus, so keyboard users are not thrown back to the start of the page.
 */
function focusNeighbourOf(product: Product, columns?: BoardColumns): void {
  const column = columns?.[product.stage] ?? [];
  const index = column.findIndex((p) => p.id === product.id);
  const neighbour = column[index + 1] ?? column[index - 1];
  if (neighbour) requestFocus({ list: 'board', id: neighbour.id, stage: neighbour.stage });
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

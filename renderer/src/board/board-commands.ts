/**
 * Moves on the board, defined once: the card menu, keyboard moves and drag and drop all call
 * these, so each move records undo and speaks to the live region the same way wherever it
 * starts. Commands on one product wherever it is shown are in commands/product-commands.ts.
 */
import { STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import { neighbourBefore, type MoveDirection } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import { searchTerms, shownOnBoard } from '../../../shared/domain/search';
import { db } from '../db';
import { moveProduct, stepProductAmong, type StepPlacement } from '../db/products';
import { useUi } from '../store';
import { requestFocus } from '../commands/focus-request';
import { perform } from '../commands/perform';

import type { BoardColumns } from '../store/board-columns';

export type { BoardColumns };

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

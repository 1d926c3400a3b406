/**
 * Moves on the board, defined once: the card menu, keyboard moves and drag and drop all call
 * these, so each move records undo and speaks to the live region the same way wherever it
 * starts. Commands on one product wherever it is shown are in commands/product-commands.ts.
 */
import { STAGES, STAGE_LABELS, type Stage } from '../../../shared/domain/lifecycle';
import { neighbourBefore, stepTarget, type MoveDirection } from '../../../shared/domain/moves';
import type { Product } from '../../../shared/domain/product';
import { db } from '../db';
import { moveProduct } from '../db/products';
import { useUi } from '../store';
import { perform } from '../commands/perform';
import { columnsAfter, latestColumns } from './latest-columns';

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
  ui.requestFocus({ productId: product.id, stage });
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

export async function stepProduct(
  product: Product,
  direction: MoveDirection,
  columns: BoardColumns,
): Promise<boolean> {
  const target = stepTarget(product, direction, (stage) => columns[stage]);
  const ui = useUi.getState();
  if (!target) {
    const edge = { left: 'first stage', right: 'last stage', up: 'top', down: 'bottom' };
    ui.announce(`${product.name} is already at the ${edge[direction]}.`);
    return false;
  }
  return moveProductOnBoard(product, target.stage, target.index, columns[target.stage]);
}

let keyboardSteps: Promise<void> = Promise.resolve();
let stepsQueued = 0;
let movingByKeyboard: string | null = null;

/**
 * The card being moved by keyboard while its moves are still being saved. Between leaving its
 * old column and taking focus in the new one the card has no focus, and presses made in that
 * moment belong to it.
 */
export function cardMovingByKeyboard(): string | null {
  return movingByKeyboard;
}

/** An Alt+Arrow press: queued behind the ones before it, applied to the board as drawn. */
export function queueKeyboardStep(productId: string, direction: MoveDirection): void {
  stepsQueued += 1;
  movingByKeyboard = productId;
  keyboardSteps = keyboardSteps.then(async () => {
    try {
      const columns = latestColumns();
      const product = columns && STAGES.flatMap((s) => columns[s]).find((p) => p.id === productId);
      if (!columns || !product) return;
      if (await stepProduct(product, direction, columns)) await columnsAfter(columns);
    } finally {
      stepsQueued -= 1;
      if (stepsQueued === 0) movingByKeyboard = null;
    }
  });
}

/**
 * Before a card leaves the board, the card that takes its place (or the one above) is the one
 * to hold focus, so keyboard users are not thrown back to the start of the page.
 */

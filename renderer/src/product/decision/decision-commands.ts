/** Recording a decline decision, and retiring a product, as undoable actions. */
import type { DecisionInput } from '../../../../shared/domain/decision';
import type { Product } from '../../../../shared/domain/product';
import { DECLINE_CHOICE_LABELS, type DeclineChoice } from '../../../../shared/domain/workspace';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { retireProduct, setDecision } from '../../db/decision';
import { useUi } from '../../store';

export async function saveDecision(product: Product, input: DecisionInput): Promise<boolean> {
  const choice = DECLINE_CHOICE_LABELS[input.choice as DeclineChoice] ?? input.choice;
  const done = await perform(`Decide to ${choice.toLowerCase()} ${product.name}`, () =>
    setDecision(db, product.id, input),
  );
  if (done) useUi.getState().announce(`Recorded the decision: ${choice}.`);
  return done;
}

export async function retire(
  product: Product,
  reason: Omit<DecisionInput, 'choice'>,
): Promise<boolean> {
  const done = await perform(`Retire ${product.name}`, () => retireProduct(db, product.id, reason));
  if (done) useUi.getState().showToast(`Retired “${product.name}” and archived it.`, true);
  return done;
}

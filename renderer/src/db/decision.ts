/**
 * The decline decision repository. A decision is a field of the product, recorded only while
 * the product is in Decline; retiring also archives the product in the same change, so one
 * undo brings the product back to the board with its earlier decision.
 */
import {
  checkDecision,
  firstDecisionError,
  type DecisionInput,
} from '../../../shared/domain/decision';
import type { Product } from '../../../shared/domain/product';
import { nowIso } from '../../../shared/domain/records';
import type { DeclineDecision } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { InvalidInputError, commit, getRecord } from './repository';

function checked(input: DecisionInput): DeclineDecision {
  const check = checkDecision(input);
  if (!check.ok) throw new InvalidInputError(firstDecisionError(check) ?? 'Not a decision.');
  return check.value;
}

async function productInDecline(db: PlannerDb, id: string): Promise<Product> {
  const product = await getRecord(db, 'products', id);
  if (product.stage !== 'decline') {
    throw new InvalidInputError(
      `A decision is taken in Decline; move “${product.name}” to Decline first.`,
    );
  }
  return product;
}

function save(db: PlannerDb, before: Product, after: Product): Promise<RecordChange[]> {
  return commit(db, [{ table: 'products', before, after }]);
}

/** Records (or, with null, clears) the decision of a product in Decline. */
export function setDecision(
  db: PlannerDb,
  productId: string,
  decision: DecisionInput | null,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const value = decision === null ? null : checked(decision);
    const before = await productInDecline(db, productId);
    return save(db, before, { ...before, decision: value, updatedAt: nowIso(now) });
  });
}

/** Records the decision to retire the product and archives it, in one change. */
export function retireProduct(
  db: PlannerDb,
  productId: string,
  reason: Omit<DecisionInput, 'choice'>,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const decision = checked({ ...reason, choice: 'retire' });
    const before = await productInDecline(db, productId);
    return save(db, before, { ...before, decision, archived: true, updatedAt: nowIso(now) });
  });
}
